package com.disputecenter.dispute.web;

import com.disputecenter.dispute.Action;
import com.disputecenter.dispute.DisputeView;
import com.disputecenter.dispute.DisputeView.ProposalView;
import com.disputecenter.dispute.Party;
import com.disputecenter.dispute.ProposalStatus;
import com.disputecenter.returns.ReturnCondition;
import com.disputecenter.security.DisputeCenterUser;
import java.util.List;
import java.util.Set;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * What {@code case/party-actions.html} needs besides the case: the side the logged-in user takes,
 * and the other side's open proposals. Called from the template as {@code @partyActions.of(dispute)},
 * so whichever controller renders the case page needs to put only the {@link DisputeView} in the model.
 * Which forms appear is the view's allowedActions, computed by the same policy every use case checks.
 */
@Component("partyActions")
public class PartyActions {

    public record Forms(Party party, Set<Action> allowed, List<ProposalView> theirOpenProposals,
            List<ReturnCondition> conditions) {

        public boolean may(String action) {
            return allowed.contains(Action.valueOf(action));
        }

        /** Any form at all; a case with none shows no actions section. */
        public boolean any() {
            return party != Party.PLATFORM && !allowed.isEmpty();
        }
    }

    public Forms of(DisputeView dispute) {
        Party party = partyOf(dispute);
        List<ProposalView> theirs = party == Party.PLATFORM ? List.of() : dispute.proposals().stream()
                .filter(p -> p.status() == ProposalStatus.OPEN && p.party() != party)
                .toList();
        return new Forms(party, dispute.allowedActions(), theirs, List.of(ReturnCondition.values()));
    }

    private static Party partyOf(DisputeView dispute) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !(authentication.getPrincipal() instanceof DisputeCenterUser user)) {
            return Party.PLATFORM;
        }
        return PartyPagesController.partyOf(user.caller(), dispute);
    }
}
