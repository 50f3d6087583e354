package com.disputecenter.dispute.web;

import com.disputecenter.common.Caller;
import com.disputecenter.dispute.Action;
import com.disputecenter.dispute.DisputeView;
import com.disputecenter.dispute.DisputeView.ProposalView;
import com.disputecenter.dispute.Party;
import com.disputecenter.dispute.ProposalStatus;
import com.disputecenter.returns.ReturnCondition;
import com.disputecenter.web.CasePageContributor;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * The parties' part of the case page: what {@code case/party-actions.html} needs besides the case,
 * as the model attribute {@code partyForms} — the side the caller takes and the other side's open
 * proposals. Which forms appear is the view's allowedActions, computed by the same policy every
 * use case checks.
 */
@Component
class PartyActions implements CasePageContributor {

    public record Forms(Party party, Set<Action> allowed, List<ProposalView> theirOpenProposals,
            List<ReturnCondition> conditions) {

        public boolean may(String action) {
            return allowed.contains(Action.valueOf(action));
        }

        /** Staff take no side; a party with nothing to do sees no actions section. */
        public boolean any() {
            return party != Party.PLATFORM && !allowed.isEmpty();
        }
    }

    @Override
    public void contribute(DisputeView dispute, Caller caller, Model model) {
        if (!model.containsAttribute("partyForms")) {
            model.addAttribute("partyForms", of(dispute, caller));
        }
    }

    static Forms of(DisputeView dispute, Caller caller) {
        Party party = PartyPagesController.partyOf(caller, dispute);
        List<ProposalView> theirs = party == Party.PLATFORM ? List.of() : dispute.proposals().stream()
                .filter(p -> p.status() == ProposalStatus.OPEN && p.party() != party)
                .toList();
        return new Forms(party, dispute.allowedActions(), theirs, List.of(ReturnCondition.values()));
    }
}
