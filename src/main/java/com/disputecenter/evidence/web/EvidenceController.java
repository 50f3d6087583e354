package com.disputecenter.evidence.web;

import com.disputecenter.common.Caller;
import com.disputecenter.common.DisputeCenterException.InvalidInput;
import com.disputecenter.dispute.DisputeView.EvidenceView;
import com.disputecenter.evidence.EvidenceKind;
import com.disputecenter.evidence.EvidenceService;
import com.disputecenter.evidence.EvidenceService.EvidenceFile;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
@RequestMapping("/api/disputes/{id}/evidence")
class EvidenceController {

    private final EvidenceService evidence;

    EvidenceController(EvidenceService evidence) {
        this.evidence = evidence;
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    EvidenceView add(Caller caller, @PathVariable UUID id, @RequestPart("file") MultipartFile file,
            @RequestParam("kind") EvidenceKind kind, @RequestParam(required = false) String description,
            @RequestParam(required = false) Boolean packagingDamaged) {
        if (description != null && description.length() > 2000) {
            throw new InvalidInput("description", "The description may have at most 2000 characters");
        }
        return evidence.add(caller, id, Uploads.of(file, kind, description, packagingDamaged));
    }

    /** Served as a download with the detected type; never rendered inline from our origin. */
    @GetMapping("/{evidenceId}")
    ResponseEntity<byte[]> download(Caller caller, @PathVariable UUID id, @PathVariable UUID evidenceId) {
        EvidenceFile file = evidence.content(caller, id, evidenceId);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(file.fileName(), StandardCharsets.UTF_8).build().toString())
                .body(file.bytes());
    }
}
