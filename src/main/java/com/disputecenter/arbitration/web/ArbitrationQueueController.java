package com.disputecenter.arbitration.web;

import com.disputecenter.arbitration.ArbitrationQueue;
import com.disputecenter.arbitration.QueueFilter;
import com.disputecenter.arbitration.QueuePage;
import com.disputecenter.common.Caller;
import com.disputecenter.common.DisputeCenterException.InvalidInput;
import com.disputecenter.dispute.Platform;
import com.disputecenter.dispute.Reason;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.Locale;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The arbitrators' task list and claiming work off it. */
@RestController
class ArbitrationQueueController {

    private final ArbitrationQueue queue;

    ArbitrationQueueController(ArbitrationQueue queue) {
        this.queue = queue;
    }

    record HandOverRequest(@NotBlank @Size(max = 64) String to) {
    }

    @GetMapping("/api/arbitration/tasks")
    QueuePage tasks(Caller caller,
            @RequestParam(required = false) Platform platform,
            @RequestParam(required = false) Reason reason,
            @RequestParam(required = false) BigDecimal minAmount,
            @RequestParam(required = false) BigDecimal maxAmount,
            @RequestParam(required = false) String currency,
            @RequestParam(required = false) String scope,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        QueueFilter filter = new QueueFilter(platform, reason, minAmount, maxAmount, currency(currency), scope(scope));
        return queue.page(caller, filter, page, size);
    }

    @PostMapping("/api/disputes/{id}/arbitration/claim")
    QueuePage.Row claim(Caller caller, @PathVariable UUID id) {
        return queue.claim(caller, id);
    }

    @PostMapping("/api/disputes/{id}/arbitration/unclaim")
    QueuePage.Row unclaim(Caller caller, @PathVariable UUID id) {
        return queue.unclaim(caller, id);
    }

    @PostMapping("/api/disputes/{id}/arbitration/handover")
    QueuePage.Row handOver(Caller caller, @PathVariable UUID id, @RequestBody @Valid HandOverRequest request) {
        return queue.handOver(caller, id, request.to());
    }

    private static Currency currency(String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        try {
            return Currency.getInstance(code.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            // the value is not echoed: an API answer never carries back what an attacker typed
            throw new InvalidInput("currency", "The currency is not an ISO 4217 currency code");
        }
    }

    /** mine, unassigned, senior or all, in any case. */
    private static QueueFilter.Scope scope(String scope) {
        if (scope == null || scope.isBlank()) {
            return QueueFilter.Scope.ALL;
        }
        try {
            return QueueFilter.Scope.valueOf(scope.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInput("scope", "The scope is not one of mine, unassigned, senior, all");
        }
    }
}
