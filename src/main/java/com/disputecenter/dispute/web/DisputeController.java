package com.disputecenter.dispute.web;

import com.disputecenter.common.Caller;
import com.disputecenter.common.Identifiers;
import com.disputecenter.common.Money;
import com.disputecenter.dispute.DisputeService;
import com.disputecenter.dispute.DisputeStatus;
import com.disputecenter.dispute.DisputeSummary;
import com.disputecenter.dispute.DisputeView;
import com.disputecenter.dispute.LogisticsChannel;
import com.disputecenter.dispute.OpenDispute;
import com.disputecenter.dispute.Platform;
import com.disputecenter.dispute.Reason;
import com.disputecenter.dispute.ResolutionType;
import com.disputecenter.evidence.Upload;
import com.disputecenter.evidence.web.Uploads;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
@RequestMapping("/api/disputes")
class DisputeController {

    private final DisputeService disputes;

    DisputeController(DisputeService disputes) {
        this.disputes = disputes;
    }

    record OpenRequest(
            @NotBlank @Pattern(regexp = Identifiers.ID, message = Identifiers.ID_RULE) String orderId,
            @NotNull Platform platform,
            @Pattern(regexp = Identifiers.ID, message = Identifiers.ID_RULE) String buyerId,
            @NotBlank @Pattern(regexp = Identifiers.ID, message = Identifiers.ID_RULE) String sellerId,
            @NotNull Reason reason,
            @NotNull @Valid Money amount,
            @NotNull ResolutionType requestedResolution,
            @Valid Money requestedAmount,
            @Size(max = 4000) String description,
            Instant deliveredAt,
            LogisticsChannel logisticsChannel,
            @Pattern(regexp = "[A-Z]{2}") String destinationCountry,
            @Size(max = 16) String language,
            Instant sellerContactedAt,
            Instant latestEstimatedDelivery,
            @Size(max = 64) String productId,
            @Size(max = 200) String productTitle,
            @Size(max = 64) @Pattern(regexp = "[A-Za-z0-9_.-]+") String productCategory) {

        OpenDispute command() {
            return new OpenDispute(orderId, platform, buyerId, sellerId, reason, amount, requestedResolution,
                    requestedAmount, description, deliveredAt, logisticsChannel, destinationCountry, language,
                    sellerContactedAt, latestEstimatedDelivery,
                    new OpenDispute.Product(productId, productTitle, productCategory));
        }
    }

    record ProposeRequest(@NotNull ResolutionType type, @Valid Money amount, @Size(max = 2000) String note) {
    }

    record NoteRequest(@Size(max = 2000) String note) {
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    DisputeView open(Caller caller, @RequestBody @Valid OpenRequest request) {
        return disputes.open(caller, request.command(), List.of());
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    DisputeView openWithEvidence(Caller caller, @RequestPart("dispute") @Valid OpenRequest request,
            @RequestPart(name = "evidence", required = false) List<MultipartFile> evidence) {
        List<Upload> uploads = evidence == null ? List.of()
                : evidence.stream().map(file -> Uploads.of(file, null, null, null)).toList();
        return disputes.open(caller, request.command(), uploads);
    }

    @GetMapping("/{id}")
    DisputeView get(Caller caller, @PathVariable UUID id) {
        return disputes.get(caller, id);
    }

    /** One page of a list, with what a client needs to page on. */
    record PageView<T>(List<T> content, int page, int size, long totalElements, int totalPages) {

        static <T> PageView<T> of(Page<T> page) {
            return new PageView<>(page.getContent(), page.getNumber(), page.getSize(), page.getTotalElements(),
                    page.getTotalPages());
        }
    }

    @GetMapping
    PageView<DisputeSummary> list(Caller caller, @RequestParam(required = false) DisputeStatus status,
            @RequestParam(required = false) Platform platform, @RequestParam(required = false) String sellerId,
            @RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(200) int size) {
        return PageView.of(disputes.list(caller, status, platform, sellerId, page, size));
    }

    @PostMapping("/{id}/proposals")
    @ResponseStatus(HttpStatus.CREATED)
    DisputeView.ProposalView propose(Caller caller, @PathVariable UUID id, @RequestBody @Valid ProposeRequest request) {
        return disputes.propose(caller, id, request.type(), request.amount(), request.note());
    }

    @PostMapping("/{id}/proposals/{proposalId}/accept")
    DisputeView accept(Caller caller, @PathVariable UUID id, @PathVariable UUID proposalId) {
        return disputes.accept(caller, id, proposalId);
    }

    @PostMapping("/{id}/proposals/{proposalId}/reject")
    DisputeView reject(Caller caller, @PathVariable UUID id, @PathVariable UUID proposalId,
            @RequestBody(required = false) @Valid NoteRequest request) {
        return disputes.reject(caller, id, proposalId, request == null ? null : request.note());
    }

    @PostMapping("/{id}/escalate")
    DisputeView escalate(Caller caller, @PathVariable UUID id, @RequestBody(required = false) @Valid NoteRequest request) {
        return disputes.escalate(caller, id, request == null ? null : request.note());
    }

    @PostMapping("/{id}/cancel")
    DisputeView cancel(Caller caller, @PathVariable UUID id, @RequestBody(required = false) @Valid NoteRequest request) {
        return disputes.cancel(caller, id, request == null ? null : request.note());
    }
}
