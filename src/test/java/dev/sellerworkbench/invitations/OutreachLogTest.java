package dev.sellerworkbench.invitations;

import dev.sellerworkbench.ui.AppContext;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.sellerworkbench.domain.InvitationStatus;
import dev.sellerworkbench.domain.OutreachEntry;
import dev.sellerworkbench.domain.PlanCreator;
import dev.sellerworkbench.ui.UiTestSupport;
import dev.sellerworkbench.ui.invitations.InvitationsViewModel;
import dev.sellerworkbench.ui.invitations.OutreachCounter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// R-OUT-1: every message that goes out is one outreach log entry, and the entry is what moves
/// the invitation to *sent* (R-IN-5).
class OutreachLogTest {

    @TempDir
    Path dir;
    InvitationFixture fixture;

    @BeforeEach
    void open() {
        fixture = new InvitationFixture(dir.resolve("ws"));
        fixture.ws.settings().putStaffName("Mai");
    }

    boolean closed;

    @AfterEach
    void close() {
        if (!closed) {
            fixture.close();
        }
    }

    PlanCreator member(long creatorId) {
        return fixture.ws.plans().creators(fixture.planId).stream().filter(pc -> pc.creatorId() == creatorId)
                .findFirst().orElseThrow();
    }

    @Test
    void copyMessageWritesExactlyOneEntryAndMovesTheInvitationToSent() {
        List<String> clipboard = new ArrayList<>();
        AppContext c = UiTestSupport.context(fixture.ws, Locale.ENGLISH);
        InvitationsViewModel viewModel = new InvitationsViewModel(c.workspace(), c.services().plans(),
                c.services().collaborations(), c.services().search(), c.services().invitations(), c.tasks(),
                c.messages(), c.formats(), c.clock(), c.links(), c.outreachCounter(), clipboard::add);
        viewModel.load();
        viewModel.currentProperty().set(viewModel.invited().stream()
                .filter(r -> r.invitation().creatorId() == fixture.linh).findFirst().orElseThrow());
        assertEquals(0, fixture.ws.outreach().count());

        viewModel.copyMessageCommand().execute();

        List<OutreachEntry> log = fixture.ws.outreach().latest(10);
        assertEquals(1, log.size(), log.toString());
        OutreachEntry entry = log.getFirst();
        assertEquals(fixture.linh, entry.creatorId());
        assertEquals(fixture.planId, entry.planId());
        assertEquals("MESSAGE", entry.channel());
        assertEquals(UiTestSupport.CLOCK.instant(), entry.at());
        assertEquals("Mai", entry.actor());
        assertEquals(InvitationStatus.SENT, member(fixture.linh).status());
        assertEquals(InvitationStatus.NOT_SENT, member(fixture.oldNumber).status(), "only the chosen creator");
    }

    @Test
    void aSecondMessageIsLoggedAgainButKeepsTheFirstSendingMoment() {
        Collaborations collaborations = new Collaborations(fixture.ws, InvitationFixture.CLOCK);
        collaborations.markSent(fixture.planId, List.of(fixture.linh), Collaborations.Channel.MESSAGE);
        Collaborations later = new Collaborations(fixture.ws,
                java.time.Clock.offset(InvitationFixture.CLOCK, java.time.Duration.ofDays(4)));
        later.markSent(fixture.planId, List.of(fixture.linh, fixture.noNumber, fixture.linh),
                Collaborations.Channel.LINK);

        assertEquals(3, fixture.ws.outreach().count(), "one entry per creator per call");
        assertEquals(InvitationFixture.CLOCK.instant(), member(fixture.linh).sentAt());
        assertEquals("MESSAGE", member(fixture.linh).sentChannel());
        assertEquals(InvitationStatus.SENT, member(fixture.noNumber).status());
        assertEquals(InvitationFixture.CLOCK.instant().plus(java.time.Duration.ofDays(4)),
                fixture.ws.outreach().lastContacted().get(fixture.linh));
        assertEquals(List.of("LINK", "MESSAGE"),
                fixture.ws.outreach().forCreator(fixture.linh).stream().map(OutreachEntry::channel).toList());
    }

    /// R-OUT-3: sent, neither accepted nor declined, N days after the latest message; the command
    /// line lists the same.
    @Test
    void followUpsAreTheSentInvitationsWithNoAnswerAfterTheSettingsDays() throws Exception {
        java.time.Instant start = InvitationFixture.CLOCK.instant();
        new Collaborations(fixture.ws, InvitationFixture.CLOCK).markSent(fixture.planId,
                List.of(fixture.linh, fixture.oldNumber, fixture.formula), Collaborations.Channel.MESSAGE);
        new Collaborations(fixture.ws, java.time.Clock.offset(InvitationFixture.CLOCK, java.time.Duration.ofDays(2)))
                .markSent(fixture.planId, List.of(fixture.noNumber, fixture.formula), Collaborations.Channel.LINK);
        new Collaborations(fixture.ws, InvitationFixture.CLOCK).record(fixture.planId, List.of(fixture.oldNumber),
                InvitationStatus.ACCEPTED, null, null, null);
        java.time.Clock later = java.time.Clock.offset(InvitationFixture.CLOCK, java.time.Duration.ofDays(3));

        dev.sellerworkbench.outreach.Outreach outreach = new dev.sellerworkbench.outreach.Outreach(fixture.ws, later);
        assertEquals(3, outreach.followUpDays(), "the default");
        var due = outreach.followUps();
        assertEquals(List.of(fixture.linh), due.stream().map(f -> f.creator().id()).toList(),
                "accepted is answered; the second message to @formula.cell restarts its wait");
        assertEquals(start, due.getFirst().lastOutreach());
        assertEquals(3, due.getFirst().daysWaiting());

        fixture.ws.settings().put(dev.sellerworkbench.outreach.Outreach.FOLLOW_UP_DAYS, "1");
        assertEquals(List.of(fixture.linh, fixture.formula, fixture.noNumber),
                outreach.followUps().stream().map(f -> f.creator().id()).toList(), "longest waiting first");

        fixture.close();
        closed = true;
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        int exit = new dev.sellerworkbench.cli.Cli().run(new String[] {"--workspace", dir.resolve("ws").toString(),
                        "invitations", "follow-ups", "--json"},
                new java.io.PrintStream(out, true, java.nio.charset.StandardCharsets.UTF_8),
                new java.io.PrintStream(new java.io.ByteArrayOutputStream(), true, java.nio.charset.StandardCharsets.UTF_8),
                later);
        assertEquals(0, exit);
        var rows = new com.fasterxml.jackson.databind.ObjectMapper().readTree(out.toString(java.nio.charset.StandardCharsets.UTF_8));
        List<String> handles = new ArrayList<>();
        rows.forEach(r -> handles.add(r.get("creator").asText()));
        assertEquals(List.of("@linh.beauty", "@formula.cell", "@siti.glow"), handles);
    }

    /// R-OUT-4: the status bar's count of the week against the limit, and a question before the
    /// message that would pass it; declined, nothing is copied or logged.
    @Test
    void aMessageThatWouldPassTheWeeklyLimitIsAskedAboutFirst() {
        // Monday 23 November 2026, 10:00 in Ho Chi Minh City: last week's entry does not count
        fixture.ws.jdbi().useHandle(h -> {
            dev.sellerworkbench.store.OutreachRepository.record(h, fixture.formula, fixture.planId, "LINK",
                    java.time.Instant.parse("2026-11-22T16:59:00Z"), "Mai");
            dev.sellerworkbench.store.OutreachRepository.record(h, fixture.formula, fixture.planId, "LINK",
                    java.time.Instant.parse("2026-11-22T17:00:00Z"), "Mai");
        });
        fixture.ws.settings().put(dev.sellerworkbench.store.SettingsRepository.TIME_ZONE, "Asia/Ho_Chi_Minh");
        fixture.ws.settings().put(dev.sellerworkbench.outreach.Outreach.WEEKLY_LIMIT, "2");
        List<String> clipboard = new ArrayList<>();
        List<String> asked = new ArrayList<>();
        boolean[] answer = {false};
        AppContext c = UiTestSupport.context(fixture.ws, Locale.ENGLISH);
        InvitationsViewModel viewModel = new InvitationsViewModel(c.workspace(), c.services().plans(),
                c.services().collaborations(), c.services().search(), c.services().invitations(), c.tasks(),
                c.messages(), c.formats(), c.clock(), c.links(), c.outreachCounter(), clipboard::add);
        viewModel.confirmWith(question -> {
            asked.add(question);
            return answer[0];
        });
        viewModel.load();
        OutreachCounter counter = c.outreachCounter();
        assertEquals("Outreach: 1 of 2 this week", counter.textProperty().get());

        viewModel.currentProperty().set(row(viewModel, fixture.linh));
        viewModel.copyMessageCommand().execute();
        assertEquals(List.of(), asked, "the second of two is within the limit");
        assertEquals("Outreach: 2 of 2 this week", counter.textProperty().get());

        viewModel.currentProperty().set(row(viewModel, fixture.noNumber));
        viewModel.copyMessageCommand().execute();
        assertEquals(1, asked.size());
        assertEquals("2 of the 2 messages this week's limit allows have gone out; 1 more would pass it. Send anyway?",
                asked.getFirst());
        assertEquals(1, clipboard.size(), "declined: nothing copied");
        assertEquals(3, fixture.ws.outreach().count(), "declined: nothing logged");
        assertEquals(InvitationStatus.NOT_SENT, member(fixture.noNumber).status());

        answer[0] = true;
        viewModel.copyMessageCommand().execute();
        assertEquals(2, clipboard.size());
        assertEquals(InvitationStatus.SENT, member(fixture.noNumber).status());
        assertEquals("Outreach: 3 of 2 this week", counter.textProperty().get());
        assertEquals(true, counter.reachedProperty().get());
    }

    static dev.sellerworkbench.ui.invitations.InvitedRow row(InvitationsViewModel viewModel, long creatorId) {
        return viewModel.invited().stream().filter(r -> r.invitation().creatorId() == creatorId).findFirst().orElseThrow();
    }
}
