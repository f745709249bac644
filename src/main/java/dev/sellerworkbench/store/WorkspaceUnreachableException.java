package dev.sellerworkbench.store;

/// The team workspace's server did not answer (down, unreachable, or refusing the login): work
/// is refused rather than kept anywhere, so nothing is half-saved.
public class WorkspaceUnreachableException extends WorkspaceException {

    private final String address;

    public WorkspaceUnreachableException(String address, Throwable cause) {
        super("The team workspace " + address + " cannot be reached: " + reason(cause)
                + ". Nothing was saved; try again when the server answers.", cause, "error.unreachable", address);
        this.address = address;
    }

    public String address() {
        return address;
    }

    private static String reason(Throwable cause) {
        for (Throwable t = cause; t != null; t = t.getCause()) {
            if (t.getCause() == null) {
                return String.valueOf(t.getMessage());
            }
        }
        return "no answer";
    }
}
