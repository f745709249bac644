package dev.sellerworkbench.store;

import java.nio.file.Path;

/// Another window or command already has this workspace open (H2 error 90020).
public class WorkspaceInUseException extends WorkspaceException {

    private final Path folder;

    public WorkspaceInUseException(Path folder, Throwable cause) {
        super("The workspace " + folder + " is already open in another Seller Workbench window or command. "
                + "Close it there, then try again. Nothing was changed.", cause,
                "store.workspace.inUse", String.valueOf(folder));
        this.folder = folder;
    }

    public Path folder() {
        return folder;
    }
}
