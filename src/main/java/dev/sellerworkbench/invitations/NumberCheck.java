package dev.sellerworkbench.invitations;

/// The outcome of checking a WhatsApp number: the international digits (E.164 without `+`), or
/// the problem with the number as typed. `suggestion` is the probable new number for an old
/// Vietnamese one, in national form, or null.
public record NumberCheck(String raw, String digits, NumberProblem problem, String suggestion) {

    static NumberCheck valid(String raw, String digits) {
        return new NumberCheck(raw, digits, null, null);
    }

    static NumberCheck problem(String raw, NumberProblem problem, String suggestion) {
        return new NumberCheck(raw, null, problem, suggestion);
    }

    public boolean linkable() {
        return problem == null;
    }
}
