package dev.sellerworkbench.invitations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sellerworkbench.domain.Rate;
import dev.sellerworkbench.i18n.Messages;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// Messages in the creator's language from editable templates, showing only visible contact (R-IN-1, R-IN-3).
class InvitationMessagesTest {

    static final Locale VI = Locale.forLanguageTag("vi");

    @TempDir
    Path dir;
    InvitationFixture fixture;
    Invitations invitations;

    @BeforeEach
    void open() {
        fixture = new InvitationFixture(dir);
        invitations = fixture.invitations();
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    Invitation of(long creatorId) {
        return invitations.forPlan(fixture.planId).invitations().stream()
                .filter(i -> i.creatorId() == creatorId).findFirst().orElseThrow();
    }

    @Test
    void vietnameseCreatorGetsAVietnameseMessageNamingThemProductsRateAndLink() {
        Invitation linh = of(fixture.linh);
        assertEquals(VI, linh.language());
        assertTrue(linh.message().startsWith("Chào Nguyễn Thị Linh!"), linh.message());
        assertTrue(linh.message().contains("Serum dưỡng ẩm, Kem chống nắng"), linh.message());
        assertFalse(linh.message().contains("Revoked lotion"), "revoked products are not offered");
        assertTrue(linh.message().contains("12%–15%"), linh.message());
        assertTrue(linh.message().contains(linh.invitationLink()));
        assertTrue(linh.invitationLink().startsWith("https://affiliate.example/plan/9003?invite="));
    }

    @Test
    void hiddenEmailIsNeverInAMessageButVisibleWhatsappIs() {
        for (Invitation invitation : invitations.forPlan(fixture.planId).invitations()) {
            assertFalse(invitation.message().contains(InvitationFixture.HIDDEN_EMAIL), invitation.message());
            assertTrue(invitation.message().contains(InvitationFixture.VISIBLE_WHATSAPP), invitation.message());
        }
    }

    @Test
    void contactLineIsDroppedWhenEveryChannelIsHidden() {
        MessageFacts facts = new MessageFacts("An", "Plan", List.of("Serum"), List.of(new Rate(1500)), null, "https://l",
                new SellerContact("+84 912 000 111", true, "a@b.example", true));
        String message = MessageTemplates.render(MessageTemplates.defaultTemplate(Locale.ENGLISH), facts, Locale.ENGLISH);
        assertFalse(message.contains("Contact us"), message);
        assertFalse(message.contains("912 000 111"), message);
        assertTrue(message.contains("Valid until: further notice"), message);
    }

    @Test
    void creatorLanguageComesFromRegionAndCanBeOverridden() {
        assertEquals(Locale.forLanguageTag("id"), of(fixture.noNumber).language());
        invitations.setLanguage(fixture.planId, fixture.linh, Locale.TRADITIONAL_CHINESE);
        Invitation linh = of(fixture.linh);
        assertEquals(Locale.TRADITIONAL_CHINESE, linh.language());
        assertTrue(linh.languageOverridden());
        assertTrue(linh.message().contains("誠邀您"), linh.message());
    }

    void saveTemplate(Locale language, String template) {
        MessageSettings.Loaded form = invitations.messageSettings().load();
        assertTrue(invitations.messageSettings().save(form, form.form().withTemplate(language, template)).ok());
    }

    @Test
    void editedTemplateIsStoredAndUsedForThatLanguageOnly() {
        saveTemplate(VI, "Xin chào {creator}, mời bạn: {link}");
        assertTrue(of(fixture.linh).message().startsWith("Xin chào Nguyễn Thị Linh, mời bạn: https://"));
        assertTrue(of(fixture.noNumber).message().startsWith("Halo Siti Rahma!"));
        saveTemplate(VI, MessageTemplates.defaultTemplate(VI));
        assertTrue(fixture.ws.settings().get("invitations.template.vi").isEmpty(), "the shipped text is not stored");
        assertTrue(of(fixture.linh).message().startsWith("Chào"), "saving the default goes back to it");
    }

    @Test
    void everyLanguageShipsADefaultTemplateWithTheLinkPlaceholder() {
        for (Locale language : Messages.LANGUAGES) {
            String template = MessageTemplates.defaultTemplate(language);
            assertTrue(template.contains("{link}") && template.contains("{creator}"), language + ": " + template);
            assertTrue(MessageTemplates.unknownPlaceholders(template).isEmpty(), language + ": " + template);
        }
        assertEquals(List.of("name"), MessageTemplates.unknownPlaceholders("Hi {name} {creator}"));
    }

    @Test
    void endDateIsWrittenInTheCreatorsLanguage() {
        MessageFacts facts = new MessageFacts("A", "P", List.of(), List.of(), LocalDate.of(2027, 2, 1), "", SellerContact.NONE);
        String message = MessageTemplates.render("{endDate}", facts, Locale.SIMPLIFIED_CHINESE);
        assertTrue(message.contains("2027") && message.contains("2"), message);
        assertFalse(message.equals(MessageTemplates.render("{endDate}", facts, Locale.ENGLISH)));
    }
}
