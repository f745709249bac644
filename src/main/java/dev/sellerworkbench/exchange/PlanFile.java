package dev.sellerworkbench.exchange;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.sellerworkbench.commission.PlanDraft;
import dev.sellerworkbench.commission.PlanProblem;
import dev.sellerworkbench.commission.PlanSaveResult;
import dev.sellerworkbench.domain.Creator;
import dev.sellerworkbench.domain.InvitationStatus;
import dev.sellerworkbench.domain.Plan;
import dev.sellerworkbench.domain.PlanCreator;
import dev.sellerworkbench.domain.PlanStatus;
import dev.sellerworkbench.domain.PlanType;
import dev.sellerworkbench.domain.Rate;
import dev.sellerworkbench.i18n.Messages;
import dev.sellerworkbench.service.PlanService;
import dev.sellerworkbench.store.Workspace;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/// A plan as a portable JSON document (`docs/plan-file.md`), so staff drafting offline on different
/// desktops can pass drafts to each other (J3). Creators travel by handle, since workspace ids differ
/// between desktops; rates travel as integer hundredths of a percent, as the platform stores them.
/// An imported plan always arrives as a new draft and is validated like any other at publishing.
public final class PlanFile {

    public static final String FORMAT = "seller-workbench/plan";
    public static final int VERSION = 1;

    private static final ObjectMapper JSON = new ObjectMapper()
            .findAndRegisterModules()
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .setSerializationInclusion(JsonInclude.Include.NON_NULL);

    private PlanFile() {
    }

    /// The document's shape; field names are the schema.
    public record Document(String format, int version, Instant exportedAt, String type, String name,
                           String description, LocalDate endDate, boolean approvalRequired, Integer shopRateBp,
                           List<Item> items, List<String> creators, String invitationLink, String collaborationId) {
    }

    public record Item(String productId, Integer rateBp, String reason) {
    }

    /// What an import did: the new draft's id, the creators whose handles this workspace lacks, and
    /// what publishing the draft would meet (a Revoked product, a rate outside the limits …), checked
    /// exactly as publishing checks it.
    public record ImportResult(long planId, List<String> unknownCreators, List<PlanProblem> problems) {

        public ImportResult {
            unknownCreators = List.copyOf(unknownCreators);
            problems = List.copyOf(problems);
        }
    }

    /// Column sizes of `plan` and `plan_item`: a file's text longer than these is refused whole.
    static final int MAX_NAME = 200;
    static final int MAX_DESCRIPTION = 2000;
    static final int MAX_LINK = 1000;
    static final int MAX_REASON = 500;

    /// The plan's current items and its creators still in it (not removed), as a document.
    public static Document export(Workspace workspace, long planId, Instant now) {
        Plan plan = workspace.plans().findById(planId)
                .orElseThrow(() -> new PlanFileException("exchange.plan.noPlan", String.valueOf(planId)));
        List<Item> items = workspace.plans().items(planId).stream()
                .filter(i -> i.removedAt() == null)
                .map(i -> new Item(i.productId(), i.rate().basisPoints() == 0 ? null : i.rate().basisPoints(), i.reason()))
                .toList();
        List<Long> ids = workspace.plans().creators(planId).stream()
                .filter(pc -> pc.status() != InvitationStatus.REMOVED).map(PlanCreator::creatorId).toList();
        List<String> handles = workspace.creators().findByIds(ids).stream().map(Creator::displayHandle).toList();
        return new Document(FORMAT, VERSION, now, plan.type().name(), plan.name(), plan.description(), plan.endDate(),
                plan.approvalRequired(), plan.shopRate() == null ? null : plan.shopRate().basisPoints(), items, handles,
                plan.baseLink(), workspace.plans().collaborationId(planId).orElse(null));
    }

    public static void write(Document document, Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        JSON.writeValue(file.toFile(), document);
    }

    /// Reads and checks a document's envelope; a file of another kind or a newer version is refused.
    public static Document read(Path file) throws IOException {
        Document doc;
        try {
            doc = JSON.readValue(file.toFile(), Document.class);
        } catch (com.fasterxml.jackson.core.JacksonException e) {
            throw new PlanFileException(e, "exchange.plan.notPlanFile", String.valueOf(file.getFileName()));
        }
        if (doc == null || !FORMAT.equals(doc.format())) {
            throw new PlanFileException("exchange.plan.notPlanFile", String.valueOf(file.getFileName()));
        }
        if (doc.version() > VERSION) {
            throw new PlanFileException("exchange.plan.newerVersion", String.valueOf(file.getFileName()),
                    String.valueOf(doc.version()), String.valueOf(VERSION));
        }
        try {
            PlanType.valueOf(doc.type());
        } catch (RuntimeException e) {
            throw new PlanFileException("exchange.plan.unknownType", String.valueOf(file.getFileName()), String.valueOf(doc.type()));
        }
        return doc;
    }

    /// The document as a draft for this workspace: a new plan (id 0), creators found by handle.
    public static PlanDraft toDraft(Document doc, Workspace workspace, List<String> unknownCreators) {
        PlanType type = PlanType.valueOf(doc.type());
        Plan header = new Plan(0, type, doc.name() == null ? "" : doc.name(), doc.description(), doc.endDate(),
                PlanStatus.DRAFT, doc.approvalRequired(), doc.shopRateBp() == null ? null : Rate.ofBasisPoints(doc.shopRateBp()),
                type == PlanType.TARGETED && doc.invitationLink() != null && !doc.invitationLink().isBlank()
                        ? doc.invitationLink().strip() : null,
                null, null, null, 0);
        List<PlanDraft.Item> items = new ArrayList<>();
        for (Item item : doc.items() == null ? List.<Item>of() : doc.items()) {
            if (item != null && item.productId() != null) {
                items.add(new PlanDraft.Item(item.productId().trim(),
                        item.rateBp() == null ? null : Rate.ofBasisPoints(item.rateBp()), item.reason()));
            }
        }
        List<Long> creators = new ArrayList<>();
        if (type == PlanType.TARGETED && doc.creators() != null) {
            for (String handle : doc.creators()) {
                Optional<Creator> creator = workspace.creators().findByHandle(handle);
                if (creator.isPresent()) {
                    creators.add(creator.get().id());
                } else {
                    unknownCreators.add(handle);
                }
            }
        }
        return new PlanDraft(header, items, creators);
    }

    /// Reads `file` and saves it as a new draft, with messages in the default locale's language.
    public static ImportResult importFile(Workspace workspace, Clock clock, Path file) throws IOException {
        return importFile(workspace, clock, file, Messages.forLocale(Locale.getDefault()));
    }

    /// Reads `file` and saves it as a new draft. Everything the store could not hold is refused
    /// before anything is written: a text longer than its column, a product this workspace does not
    /// have (a plan item must name a known product). What publishing would refuse is saved and
    /// listed in the result's problems.
    public static ImportResult importFile(Workspace workspace, Clock clock, Path file, Messages messages)
            throws IOException {
        Document doc = read(file);
        String name = String.valueOf(file.getFileName());
        List<String> unknown = new ArrayList<>();
        PlanDraft draft = toDraft(doc, workspace, unknown);
        fits(messages, name, "name", draft.plan().name(), MAX_NAME);
        fits(messages, name, "description", draft.plan().description(), MAX_DESCRIPTION);
        fits(messages, name, "invitationLink", draft.plan().baseLink(), MAX_LINK);
        List<String> missing = new ArrayList<>();
        for (PlanDraft.Item item : draft.items()) {
            fits(messages, name, "items[].reason", item.reason(), MAX_REASON);
            if (workspace.products().findById(item.productId()).isEmpty()) {
                missing.add(item.productId().length() > 64 ? item.productId().substring(0, 64) + "…" : item.productId());
            }
        }
        if (!missing.isEmpty()) {
            throw new PlanFileException("exchange.plan.unknownProducts", name, String.join(", ", missing));
        }
        PlanService plans = new PlanService(workspace, clock);
        List<PlanProblem> problems = plans.check(draft);
        PlanSaveResult result = plans.saveDraft(draft);
        if (!result.ok()) {
            throw new PlanFileException("exchange.plan.notSaved", name, String.join("; ",
                    result.problems().stream().map(p -> p.message(messages)).toList()));
        }
        if (draft.plan().type() == PlanType.TARGETED && doc.collaborationId() != null && !doc.collaborationId().isBlank()) {
            PlanSaveResult id = plans.setCollaborationId(result.planId(), doc.collaborationId());
            if (!id.ok()) {
                throw new PlanFileException("exchange.plan.badCollaborationId", name, doc.collaborationId());
            }
        }
        return new ImportResult(result.planId(), unknown, problems);
    }

    private static void fits(Messages messages, String file, String field, String text, int max) {
        if (text != null && text.length() > max) {
            throw new PlanFileException("exchange.plan.tooLong", file, field, text.length(), max);
        }
    }

    /// Exports a plan to `file`.
    public static void exportFile(Workspace workspace, long planId, Path file, Instant now) throws IOException {
        write(export(workspace, planId, now), file);
    }

    /// A plan file that cannot be read or written as asked. The message says why in English, for
    /// the log; [#message(Messages)] says it in the user's language, from the same key and arguments.
    public static final class PlanFileException extends RuntimeException {
        private final String key;
        private final Object[] args;

        public PlanFileException(String key, Object... args) {
            this(null, key, args);
        }

        public PlanFileException(Throwable cause, String key, Object... args) {
            super(Messages.forLocale(Locale.ENGLISH).get(key, args), cause);
            this.key = key;
            this.args = args.clone();
        }

        /// The message key of the `exchange` bundle family.
        public String key() {
            return key;
        }

        /// The reason in the language of `messages`.
        public String message(Messages messages) {
            return messages.get(key, args);
        }
    }

}
