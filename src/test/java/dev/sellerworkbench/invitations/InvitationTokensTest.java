package dev.sellerworkbench.invitations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sellerworkbench.domain.InvitationStatus;
import dev.sellerworkbench.i18n.Messages;
import java.math.BigInteger;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// Invitation tokens that cannot be guessed and check back to plan and creator (R-IN-2).
class InvitationTokensTest {

    @TempDir
    Path dir;
    InvitationFixture fixture;
    InvitationTokens tokens;

    @BeforeEach
    void open() {
        fixture = new InvitationFixture(dir);
        tokens = fixture.invitations().tokens();
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    String tokenOf(long creatorId) {
        tokens.issueMissing(fixture.planId);
        return fixture.ws.plans().creators(fixture.planId).stream()
                .filter(m -> m.creatorId() == creatorId).findFirst().orElseThrow().token();
    }

    @Test
    void aThousandTokensAreDistinctAndEachCarriesAtLeast128Bits() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            String token = InvitationTokens.generate();
            assertTrue(seen.add(token), "duplicate " + token);
            // hex digits carry 4 bits each; the value itself must fill them (no fixed prefix)
            assertTrue(token.length() * 4 >= 128, token);
            assertTrue(token.matches("[0-9a-f]+"), token);
        }
        BigInteger or = seen.stream().map(t -> new BigInteger(t, 16)).reduce(BigInteger.ZERO, BigInteger::or);
        assertTrue(or.bitLength() >= 128, "the random bits span 128 positions");
    }

    @Test
    void tokenVerifiesToItsPlanAndCreator() {
        TokenCheck check = tokens.verify(tokenOf(fixture.linh));
        TokenCheck.Valid valid = assertInstanceOf(TokenCheck.Valid.class, check);
        assertEquals(fixture.planId, valid.plan().id());
        assertEquals(fixture.linh, valid.creator().id());
    }

    @Test
    void wholeInvitationLinkPastedVerifiesLikeTheToken() {
        String token = tokenOf(fixture.linh);
        assertInstanceOf(TokenCheck.Valid.class, tokens.verify(" https://affiliate.example/plan/9003?invite=" + token + " "));
    }

    @Test
    void removedCreatorsTokenWorksUntilMidnightInTheSellersZoneThenIsRevoked() {
        // R-PLAN-10: a removal reaches a creator already invited at 00:00 of the next day
        String token = tokenOf(fixture.linh);
        assertTrue(tokens.removeCreator(fixture.planId, fixture.linh));
        ZoneId zone = fixture.ws.settings().timeZone();
        Instant midnight = InvitationFixture.CLOCK.instant().atZone(zone).toLocalDate().plusDays(1).atStartOfDay(zone)
                .toInstant();

        TokenCheck.Valid leaving = assertInstanceOf(TokenCheck.Valid.class, tokens.verify(token));
        assertEquals(InvitationStatus.REMOVED, leaving.status());
        assertEquals(midnight, leaving.until());
        assertInstanceOf(TokenCheck.Valid.class, at(midnight.minusSeconds(1)).verify(token));

        TokenCheck.Revoked revoked = assertInstanceOf(TokenCheck.Revoked.class, at(midnight).verify(token));
        assertEquals(fixture.linh, revoked.creator().id());
    }

    @Test
    void currentMembersTokenHasNoEnd() {
        TokenCheck.Valid valid = assertInstanceOf(TokenCheck.Valid.class, tokens.verify(tokenOf(fixture.linh)));
        assertNull(valid.until());
        assertEquals(InvitationStatus.NOT_SENT, valid.status());
    }

    @Test
    void verdictSaysUntilWhenARemovedCreatorsTokenStillWorks() {
        String token = tokenOf(fixture.linh);
        tokens.removeCreator(fixture.planId, fixture.linh);
        String line = InvitationTexts.verdict(Messages.forLocale(Locale.ENGLISH), tokens.verify(token), Instant::toString);
        assertTrue(line.startsWith("Valid until 20"), line);
        assertTrue(line.contains("was removed"), line);
    }

    private InvitationTokens at(Instant instant) {
        return new Invitations(fixture.ws, Clock.fixed(instant, ZoneOffset.UTC)).tokens();
    }

    @Test
    void unknownTokenFailsVerification() {
        tokenOf(fixture.linh);
        assertInstanceOf(TokenCheck.Unknown.class, tokens.verify(InvitationTokens.generate()));
        assertInstanceOf(TokenCheck.Unknown.class, tokens.verify("not a token"));
    }
}
