package com.disputecenter.notification;

import com.disputecenter.common.Caller;
import com.disputecenter.common.DisputeCenterException.Forbidden;
import com.disputecenter.dispute.Cases;
import com.disputecenter.dispute.DeadlineKind;
import com.disputecenter.dispute.Dispute;
import com.disputecenter.dispute.DisputePolicy;
import com.disputecenter.dispute.Notice;
import com.disputecenter.dispute.Party;
import com.disputecenter.dispute.PartyNotifier;
import com.disputecenter.notification.MessageTemplates.Rendered;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Messages to the parties, in their language, through the outbox: a row written in the transaction of
 * the change it tells about, so a rolled-back change leaves no message and a committed one never loses it.
 * The buyer reads the dispute's language (from the marketplace), the seller the language of its
 * account's users.
 */
@Service
public class Notifications implements PartyNotifier {

    private static final int MAX_SUBJECT = 400;
    private static final int MAX_BODY = 4000;

    private final OutboundMessageRepository messages;
    private final MessageTemplates templates;
    private final RecipientDirectory directory;
    private final Cases cases;

    Notifications(OutboundMessageRepository messages, MessageTemplates templates, RecipientDirectory directory, Cases cases) {
        this.messages = messages;
        this.templates = templates;
        this.directory = directory;
        this.cases = cases;
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void tell(Dispute dispute, Party party, Notice notice, Map<String, ?> values) {
        queue(dispute, party, notice, values, null);
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean remind(Dispute dispute, Party party, DeadlineKind kind, Instant due) {
        // the case is locked by the caller, so two nodes retrying one timer job cannot both pass this check
        String key = "reminder:" + dispute.id() + ":" + kind + ":" + due;
        if (messages.existsByDedupKey(key)) {
            return false;
        }
        queue(dispute, party, Notice.DEADLINE_REMINDER, Map.of("deadline", kind, "due", due), key);
        return true;
    }

    private void queue(Dispute dispute, Party party, Notice notice, Map<String, ?> values, String dedupKey) {
        if (party != Party.BUYER && party != Party.SELLER) {
            throw new IllegalArgumentException("Messages go to the buyer or the seller, not to " + party);
        }
        Map<String, Object> all = new HashMap<>(values);
        all.putIfAbsent("orderId", dispute.orderId());
        all.putIfAbsent("platform", dispute.platform());
        all.putIfAbsent("amount", dispute.amount());
        all.putIfAbsent("disputeId", dispute.id());
        Rendered message = templates.render(notice, languageOf(dispute, party), all);
        messages.save(new OutboundMessage(dispute.id(), party == Party.BUYER ? dispute.buyerId() : dispute.sellerId(),
                party, message.language(), notice, cut(message.subject(), MAX_SUBJECT), cut(message.body(), MAX_BODY),
                cases.now(), dedupKey));
    }

    /** The buyer's from the dispute (the marketplace knows it), else from the user directory; the seller's from its users. */
    String languageOf(Dispute dispute, Party party) {
        String language = party == Party.BUYER
                ? (dispute.language() != null && !dispute.language().isBlank() ? dispute.language()
                        : directory.languageOfUser(dispute.buyerId()).orElse(null))
                : directory.languageOfSeller(dispute.sellerId()).orElse(null);
        return MessageTemplates.supported(language);
    }

    /**
     * A case's messages: a party sees those addressed to it (not the other side's mail), arbitrators see
     * all; anybody else who may see the case (analysts, the marketplace) may not read them (403).
     */
    @Transactional(readOnly = true)
    public List<MessageView> messagesOf(Caller caller, UUID disputeId) {
        Dispute dispute = cases.readFor(caller, disputeId);
        Party party = DisputePolicy.partyOf(dispute, caller)
                .orElseThrow(() -> new Forbidden("Only the parties and the arbitrators read a case's messages"));
        return messages.findByDisputeIdOrderByCreatedAtAscIdAsc(disputeId).stream()
                .filter(m -> party == Party.PLATFORM || m.recipientParty() == party)
                .map(MessageView::of)
                .toList();
    }

    public record MessageView(UUID id, String recipient, Party recipientParty, String language, String template,
            String subject, String body, MessageStatus status, int attempts, Instant createdAt, Instant sentAt) {

        static MessageView of(OutboundMessage m) {
            return new MessageView(m.id(), m.recipient(), m.recipientParty(), m.language(), m.template().key(),
                    m.subject(), m.body(), m.status(), m.attempts(), m.createdAt(), m.sentAt());
        }
    }

    private static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
