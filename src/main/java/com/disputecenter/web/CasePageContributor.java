package com.disputecenter.web;

import com.disputecenter.common.Caller;
import com.disputecenter.dispute.DisputeView;
import org.springframework.ui.Model;

/**
 * A feature's part of the case page {@code /disputes/{id}}: adds the model its action forms need
 * (the arbitrator's decision form, the parties' proposal form, ...) when the case's
 * {@code allowedActions} offer them. Add attributes only if absent, so a form re-rendered with
 * its errors keeps what the user typed.
 */
public interface CasePageContributor {

    void contribute(DisputeView dispute, Caller caller, Model model);
}
