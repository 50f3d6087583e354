package com.disputecenter.dispute.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.disputecenter.common.Money;
import com.disputecenter.dispute.Action;
import com.disputecenter.dispute.DisputeStatus;
import com.disputecenter.dispute.DisputeView;
import com.disputecenter.dispute.Party;
import com.disputecenter.dispute.ResolutionType;
import com.disputecenter.dispute.SampleViews;
import com.disputecenter.security.WebSliceSecurity;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.ui.ExtendedModelMap;

class PartyActionsTest {

    private static final UUID BUYERS = UUID.randomUUID();
    private static final UUID SELLERS = UUID.randomUUID();

    /** Both sides have an open proposal; the policy lets the caller accept and escalate. */
    private static DisputeView negotiating() {
        DisputeView v = SampleViews.dispute(UUID.randomUUID(), DisputeStatus.NEGOTIATION);
        return new DisputeView(v.id(), v.orderId(), v.platform(), v.buyerId(), v.sellerId(), v.reason(), v.amount(),
                v.description(), v.status(), v.stage(), v.openedAt(), v.deadlines(),
                List.of(SampleViews.proposal(BUYERS, Party.BUYER, ResolutionType.FULL_REFUND, Money.of("59.90", "USD")),
                        SampleViews.proposal(SELLERS, Party.SELLER, ResolutionType.PARTIAL_REFUND, Money.of("20.00", "USD"))),
                v.evidence(), v.returnShipment(), null, null, null, EnumSet.of(Action.ACCEPT_PROPOSAL, Action.ESCALATE),
                true, List.of());
    }

    @Test
    void eachPartyIsOfferedOnlyTheOtherSidesOpenProposal() {
        var buyer = PartyActions.of(negotiating(), WebSliceSecurity.caller("bob"));
        var seller = PartyActions.of(negotiating(), WebSliceSecurity.caller("sam"));

        assertThat(buyer.theirOpenProposals()).extracting(DisputeView.ProposalView::id).containsExactly(SELLERS);
        assertThat(seller.theirOpenProposals()).extracting(DisputeView.ProposalView::id).containsExactly(BUYERS);
        assertThat(buyer.may("ESCALATE")).isTrue();
        assertThat(buyer.may("CANCEL")).isFalse();
    }

    @Test
    void staffSeeNoPartyForms() {
        var arbitrator = PartyActions.of(negotiating(), WebSliceSecurity.caller("ada"));

        assertThat(arbitrator.any()).isFalse();
        assertThat(arbitrator.theirOpenProposals()).isEmpty();
    }

    @Test
    void aFormShownAgainKeepsTheModelItWasGiven() {
        ExtendedModelMap model = new ExtendedModelMap();
        model.addAttribute("partyForms", "kept");

        new PartyActions().contribute(negotiating(), WebSliceSecurity.caller("bob"), model);

        assertThat(model.getAttribute("partyForms")).isEqualTo("kept");
    }
}
