package com.disputecenter.evidence;

import com.disputecenter.common.Caller;
import com.disputecenter.common.DisputeCenterException.Forbidden;
import com.disputecenter.common.DisputeCenterException.InvalidInput;
import com.disputecenter.common.DisputeCenterException.NotFound;
import com.disputecenter.common.DisputeCenterException.TooLarge;
import com.disputecenter.common.DisputeCenterException.UnsupportedType;
import com.disputecenter.dispute.Action;
import com.disputecenter.dispute.Cases;
import com.disputecenter.dispute.Dispute;
import com.disputecenter.dispute.DisputePolicy;
import com.disputecenter.dispute.DisputeProcess;
import com.disputecenter.dispute.DisputeView.EvidenceView;
import com.disputecenter.dispute.Party;
import com.disputecenter.dispute.Stage;
import com.disputecenter.rules.Rulebook;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.apache.tika.Tika;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Evidence: checked by content and size, stored with its SHA-256, never overwritten. */
@Service
public class EvidenceService {

    /** JPEG, PNG, WEBP, PDF and MP4, as detected from the bytes; a name or a header proves nothing. */
    static final Set<String> ACCEPTED = Set.of("image/jpeg", "image/png", "image/webp", "application/pdf", "video/mp4");

    private final Tika tika = new Tika();
    private final Cases cases;
    private final EvidenceContentRepository contents;
    private final DisputeProcess process;
    private final ResponsibilitySuggestions suggestions;

    EvidenceService(Cases cases, EvidenceContentRepository contents, DisputeProcess process,
            ResponsibilitySuggestions suggestions) {
        this.cases = cases;
        this.contents = contents;
        this.process = process;
        this.suggestions = suggestions;
    }

    /** Re-reads the evidence into the responsibility suggestion; the arbitration feature answers it. */
    public interface ResponsibilitySuggestions {
        void refresh(Dispute dispute);
    }

    @Transactional
    public EvidenceView add(Caller caller, UUID disputeId, Upload upload) {
        Dispute dispute = cases.lockFor(caller, disputeId);
        return EvidenceView.of(submit(dispute, caller, List.of(upload)).get(0));
    }

    /** Several files at once: all are stored, or (when one is refused) none. */
    @Transactional
    public List<EvidenceView> addAll(Caller caller, UUID disputeId, List<Upload> uploads) {
        Dispute dispute = cases.lockFor(caller, disputeId);
        return submit(dispute, caller, uploads).stream().map(EvidenceView::of).toList();
    }

    /**
     * A party's evidence for a case the caller already locked, so another use case (a counter-offer
     * with its files) stores both or, when a file is refused, neither.
     */
    public List<EvidenceItem> submit(Dispute dispute, Caller caller, List<Upload> uploads) {
        cases.require(dispute, caller, Action.ADD_EVIDENCE);
        Party party = DisputePolicy.partyOf(dispute, caller).orElseThrow();
        Instant now = cases.now();
        List<EvidenceItem> added = attach(dispute, party, caller.username(), uploads, cases.rulebook(dispute), now);
        if (dispute.evidenceRequestedFrom() == party) {
            dispute.evidenceRequestClosed();
            dispute.record(now, caller.username(), "REQUESTED_EVIDENCE_SUBMITTED",
                    party + " answered the arbitrator's evidence request");
            process.requestedEvidenceSubmitted(dispute.id());
        }
        if (dispute.stage() == Stage.ARBITRATION) {
            // new evidence (say the outer packaging photo asked for) can change who looks responsible
            suggestions.refresh(dispute);
        }
        return added;
    }

    /**
     * Checks every file before storing any, so a refused upload leaves nothing behind.
     * Shared by opening a dispute (with evidence) and by adding evidence later.
     */
    public List<EvidenceItem> attach(Dispute dispute, Party party, String by, List<Upload> uploads, Rulebook rulebook,
            Instant now) {
        if (uploads == null || uploads.isEmpty()) {
            return List.of();
        }
        long partyBytes = dispute.evidence().stream().filter(e -> e.party() == party).mapToLong(EvidenceItem::size).sum();
        List<String> types = new java.util.ArrayList<>();
        for (Upload upload : uploads) {
            if (upload.bytes() == null || upload.bytes().length == 0) {
                throw new InvalidInput("file", "The file is empty");
            }
            if (upload.bytes().length > rulebook.maxFileBytes()) {
                throw new TooLarge(displayName(upload.fileName()) + " is " + upload.bytes().length
                        + " bytes; a file may have at most " + rulebook.maxFileBytes());
            }
            String type = detect(upload.bytes());
            if (!ACCEPTED.contains(type)) {
                throw new UnsupportedType(displayName(upload.fileName()) + " is " + type
                        + "; accepted are JPEG, PNG, WEBP, PDF and MP4");
            }
            types.add(type);
            partyBytes += upload.bytes().length;
        }
        if (partyBytes > rulebook.maxPartyEvidenceBytes()) {
            throw new TooLarge("Together the " + party + "'s evidence would be " + partyBytes
                    + " bytes; a party may submit at most " + rulebook.maxPartyEvidenceBytes() + " per case");
        }
        List<EvidenceItem> added = new java.util.ArrayList<>();
        for (int i = 0; i < uploads.size(); i++) {
            Upload upload = uploads.get(i);
            UUID id = UUID.randomUUID();
            EvidenceKind kind = upload.kind() != null ? upload.kind() : kindOf(types.get(i));
            Boolean damaged = kind == EvidenceKind.OUTER_PACKAGING_PHOTO ? upload.packagingDamaged() : null;
            EvidenceItem item = new EvidenceItem(id, party, kind, displayName(upload.fileName()), types.get(i),
                    upload.bytes().length, sha256(upload.bytes()), upload.description(), damaged, by, now);
            dispute.addEvidence(item);
            contents.save(new EvidenceContent(id, upload.bytes()));
            dispute.record(now, by, "EVIDENCE_ADDED", party + " submitted " + kind + " " + item.fileName()
                    + (damaged == null ? "" : damaged ? " (outer packaging damaged)" : " (outer packaging intact)"));
            added.add(item);
        }
        return added;
    }

    @Transactional(readOnly = true)
    public EvidenceFile content(Caller caller, UUID disputeId, UUID evidenceId) {
        Dispute dispute = cases.readFor(caller, disputeId);
        if (DisputePolicy.partyOf(dispute, caller).isEmpty()) {
            throw new Forbidden(
                    "Evidence files are for the parties and the arbitrators");
        }
        EvidenceItem item = dispute.evidence().stream()
                .filter(e -> e.id().equals(evidenceId))
                .findFirst()
                .orElseThrow(() -> new NotFound("No evidence " + evidenceId + " in this dispute"));
        byte[] bytes = contents.findById(evidenceId).map(EvidenceContent::content)
                .orElseThrow(() -> new NotFound("No evidence " + evidenceId + " in this dispute"));
        return new EvidenceFile(item.fileName(), item.contentType(), bytes);
    }

    /** ISO base media brands of MP4 files that tika-core reports as QuickTime. */
    private static final Set<String> MP4_BRANDS = Set.of("isom", "iso2", "iso4", "iso5", "iso6", "avc1", "mp41", "mp42",
            "M4V ", "dash", "MSNV");

    private String detect(byte[] bytes) {
        String type = tika.detect(bytes);
        if ("video/quicktime".equals(type) && bytes.length >= 12
                && new String(bytes, 4, 4, java.nio.charset.StandardCharsets.ISO_8859_1).equals("ftyp")
                && MP4_BRANDS.contains(new String(bytes, 8, 4, java.nio.charset.StandardCharsets.ISO_8859_1))) {
            return "video/mp4";
        }
        return type;
    }

    /** Files sent without a kind (with the opening of a dispute) are filed by what they are. */
    private static EvidenceKind kindOf(String contentType) {
        if (contentType.startsWith("image/")) {
            return EvidenceKind.PRODUCT_PHOTO;
        }
        return contentType.startsWith("video/") ? EvidenceKind.VIDEO : EvidenceKind.OTHER;
    }

    public record EvidenceFile(String fileName, String contentType, byte[] bytes) {
    }

    /** As many characters of a file name as are kept (the column holds 255). */
    static final int MAX_FILE_NAME = 200;

    /** Control and format characters (bidi U+202E, zero-width U+200B..U+200D, U+FEFF), private, unassigned, line breaks. */
    private static final Pattern INVISIBLE = Pattern.compile("[\\p{C}\\p{Zl}\\p{Zp}]");

    /**
     * The name as shown and offered for download, never used as a path: the last path segment, its
     * text kept, without the characters that make a name look other than it is ("photo" + U+202E +
     * "gpj.exe" reads as "photoexe.jpg"), at most {@link #MAX_FILE_NAME} characters, its extension kept.
     */
    static String displayName(String fileName) {
        String name = fileName == null ? "" : fileName;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = INVISIBLE.matcher(name).replaceAll("").strip();
        if (name.isEmpty()) {
            name = "evidence";
        }
        return cut(name);
    }

    private static String cut(String name) {
        if (name.codePointCount(0, name.length()) <= MAX_FILE_NAME) {
            return name;
        }
        int dot = name.lastIndexOf('.');
        String extension = dot > 0 && name.length() - dot <= 10 ? name.substring(dot) : "";
        String base = name.substring(0, name.length() - extension.length());
        // by code points, so no emoji or CJK extension character is cut in half
        int keep = MAX_FILE_NAME - 1 - extension.codePointCount(0, extension.length());
        return base.substring(0, base.offsetByCodePoints(0, keep)) + "\u2026" + extension;
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
