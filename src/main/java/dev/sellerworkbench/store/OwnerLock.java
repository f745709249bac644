package dev.sellerworkbench.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/// One owner per workspace: an OS file lock on `workspace.lock`, held while the workspace is open.
/// It stops a second window or command, in this process or another, before H2 is touched.
final class OwnerLock {

    private final FileChannel channel;
    private final FileLock lock;

    private OwnerLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    static OwnerLock acquire(Path folder) {
        FileChannel channel;
        try {
            channel = FileChannel.open(folder.resolve("workspace.lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        } catch (IOException e) {
            throw new WorkspaceException("Cannot write in the workspace folder " + folder + ": " + e.getMessage(), e,
                    "store.workspace.cannotWrite", String.valueOf(folder));
        }
        try {
            FileLock lock = channel.tryLock();
            if (lock == null) {
                close(channel);
                throw new WorkspaceInUseException(folder, null);
            }
            return new OwnerLock(channel, lock);
        } catch (OverlappingFileLockException e) {
            close(channel);
            throw new WorkspaceInUseException(folder, e);
        } catch (IOException e) {
            close(channel);
            throw new WorkspaceException("Cannot lock the workspace " + folder + ": " + e.getMessage(), e,
                    "store.workspace.cannotLock", String.valueOf(folder));
        }
    }

    void release() {
        try {
            if (lock.isValid()) {
                lock.release();
            }
        } catch (IOException ignored) {
            // the channel closes below either way
        }
        close(channel);
    }

    private static void close(FileChannel channel) {
        try {
            channel.close();
        } catch (IOException ignored) {
            // nothing to do
        }
    }
}
