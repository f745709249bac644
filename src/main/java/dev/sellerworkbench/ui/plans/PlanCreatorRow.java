package dev.sellerworkbench.ui.plans;

import dev.sellerworkbench.domain.Creator;
import dev.sellerworkbench.domain.Level;
import dev.sellerworkbench.domain.LevelKind;
import dev.sellerworkbench.i18n.Messages;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/// A creator in a targeted plan: level badge (projected marked, "↓" when declining), followers,
/// invitation status and the plan's products they have added to their showcase (R-PLAN-11), and any
/// conflict with another targeted plan (R-PR-2).
public final class PlanCreatorRow {

    private final long creatorId;
    private final String handle;
    private final String name;
    private final String level;
    private final String followers;
    private final ReadOnlyStringWrapper invitation = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper showcase = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper conflict = new ReadOnlyStringWrapper("");

    PlanCreatorRow(Creator creator, String followers, String invitation, String showcase, Messages messages) {
        this.creatorId = creator.id();
        this.handle = creator.displayHandle();
        this.name = creator.name() == null ? "" : creator.name();
        this.level = badge(creator.level(), messages);
        this.followers = followers;
        this.invitation.set(invitation);
        this.showcase.set(showcase);
    }

    static String badge(Level level, Messages messages) {
        if (level == null) {
            return "—";
        }
        String text = level.label();
        if (level.rated() && level.kind() == LevelKind.PROJECTED) {
            text = messages.get("plans.level.projected", text);
        }
        return level.declining() ? text + " ↓" : text;
    }

    void setConflict(String text) {
        conflict.set(text);
    }

    public long creatorId() {
        return creatorId;
    }

    public String handle() {
        return handle;
    }

    public String name() {
        return name;
    }

    public String level() {
        return level;
    }

    public String followers() {
        return followers;
    }

    public String invitation() {
        return invitation.get();
    }

    public String showcase() {
        return showcase.get();
    }

    /// The invitation's state and showcase as recorded since the plan was opened (R-IN-5, R-PLAN-11).
    void setInvitation(String state, String products) {
        invitation.set(state);
        showcase.set(products);
    }

    public ReadOnlyStringProperty invitationProperty() {
        return invitation.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty showcaseProperty() {
        return showcase.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty conflictProperty() {
        return conflict.getReadOnlyProperty();
    }

    @Override
    public String toString() {
        return handle;
    }
}
