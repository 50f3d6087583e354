package com.disputecenter.dispute;

import static org.assertj.core.api.Assertions.assertThat;

import com.disputecenter.common.Caller;
import com.disputecenter.common.DisputeCenterException;
import com.disputecenter.common.Money;
import com.disputecenter.common.Role;
import com.disputecenter.rules.Rulebook;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Who may appeal how a case in arbitration ended: the table of DisputePolicy's appeal rule. */
class AppealPolicyTest {

    private static final Instant NOW = Instant.parse("2026-11-20T10:00:00Z");
    private static final Caller BOB = new Caller("bob", Set.of(Role.BUYER), null);
    private static final Caller SAM = new Caller("sam", Set.of(Role.SELLER), "S-1001");

    private static Rulebook rulebook(String appealWindow) {
        return new Rulebook("rules:1", Platform.AMAZON, "P2D", "P7D", null, false, null, null, null, false, "P3D",
                "P7D", "P7D", "P3D", "P3D", appealWindow, false, false, 10_000_000, 50_000_000, null);
    }

    /** A case an arbitration ended: by a decision, or by the platform's proposal that one party accepted. */
    private static Dispute ended(ReasonCode how, ResolutionType type, Party acceptedBy, boolean windowOpen) {
        Dispute dispute = new Dispute(UUID.randomUUID(), new Dispute.OrderFacts("AZ-1", Platform.AMAZON, "bob", "S-1001",
                Reason.NOT_AS_DESCRIBED_NOT_WORKING, Money.of("59.90", "USD"), "Broken", NOW.minus(Duration.ofDays(5)),
                LogisticsChannel.PLATFORM, "IT", "it", null, null), "rules:1", NOW.minus(Duration.ofDays(4)), "bob");
        dispute.escalate(Party.BUYER, false);
        Money amount = type == ResolutionType.PARTIAL_REFUND ? Money.of("20.00", "USD") : null;
        if (acceptedBy != null) {
            Proposal platform = dispute.addProposal(Party.PLATFORM, type, amount, "What the photos support", "ada", NOW);
            dispute.acceptProposal(platform, acceptedBy);
        }
        dispute.settle(type, amount, DecidedBy.ARBITRATION, null, "What the photos support", how);
        dispute.finish(how, NOW);
        dispute.recordDeadline(DeadlineKind.APPEAL, windowOpen ? NOW.plus(Duration.ofDays(30)) : NOW.minusSeconds(1));
        return dispute;
    }

    static Stream<Arguments> appeals() {
        ReasonCode proposal = ReasonCode.PLATFORM_PROPOSAL_ACCEPTED;
        ReasonCode decision = ReasonCode.ARBITRATION_DECISION;
        return Stream.of(
                // the platform's proposal: the party that accepted it agreed; the other did not
                Arguments.of("a partial refund the buyer accepted, the seller appeals", proposal, ResolutionType.PARTIAL_REFUND, Party.BUYER, SAM, null),
                Arguments.of("a partial refund the buyer accepted, the buyer appeals", proposal, ResolutionType.PARTIAL_REFUND, Party.BUYER, BOB, DisputeCenterException.Forbidden.class),
                Arguments.of("a partial refund the seller accepted, the buyer appeals", proposal, ResolutionType.PARTIAL_REFUND, Party.SELLER, BOB, null),
                Arguments.of("a full refund the buyer accepted, the seller appeals", proposal, ResolutionType.FULL_REFUND, Party.BUYER, SAM, null),
                Arguments.of("a full refund the seller accepted, the buyer won", proposal, ResolutionType.FULL_REFUND, Party.SELLER, BOB, DisputeCenterException.Forbidden.class),
                Arguments.of("no refund the seller accepted, the buyer appeals", proposal, ResolutionType.NO_REFUND, Party.SELLER, BOB, null),
                Arguments.of("no refund the buyer accepted, the seller won", proposal, ResolutionType.NO_REFUND, Party.BUYER, SAM, DisputeCenterException.Forbidden.class),
                // a decision, as before: the losing party
                Arguments.of("a decision for the buyer, the seller appeals", decision, ResolutionType.FULL_REFUND, null, SAM, null),
                Arguments.of("a decision for the buyer, the buyer appeals", decision, ResolutionType.FULL_REFUND, null, BOB, DisputeCenterException.Forbidden.class),
                // what parties agree on is not appealed
                Arguments.of("an agreement", ReasonCode.AGREED, ResolutionType.PARTIAL_REFUND, null, SAM, DisputeCenterException.Conflict.class));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("appeals")
    void theLosingPartyThatDidNotAcceptMayAppealWithinTheWindow(String what, ReasonCode how, ResolutionType type,
            Party acceptedBy, Caller appellant, Class<? extends DisputeCenterException> refusal) {
        Dispute dispute = ended(how, type, acceptedBy, true);

        boolean allowed = DisputePolicy.allowedActions(dispute, appellant, rulebook("P30D"), NOW).contains(Action.APPEAL);

        assertThat(allowed).isEqualTo(refusal == null);
        if (refusal != null) {
            assertThat(refusalOf(dispute, appellant, rulebook("P30D"))).isInstanceOf(refusal);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("appeals")
    void noAppealAfterTheWindowOrWhereTheRulebookHasNone(String what, ReasonCode how, ResolutionType type,
            Party acceptedBy, Caller appellant, Class<? extends DisputeCenterException> refusal) {
        assertThat(DisputePolicy.allowedActions(ended(how, type, acceptedBy, false), appellant, rulebook("P30D"), NOW))
                .doesNotContain(Action.APPEAL);
        assertThat(DisputePolicy.allowedActions(ended(how, type, acceptedBy, true), appellant, rulebook(null), NOW))
                .doesNotContain(Action.APPEAL);
    }

    private static DisputeCenterException refusalOf(Dispute dispute, Caller caller, Rulebook rulebook) {
        try {
            DisputePolicy.require(dispute, caller, Action.APPEAL, rulebook, NOW);
            return null;
        } catch (DisputeCenterException refused) {
            return refused;
        }
    }
}
