package com.disputecenter.evidence.web;

import com.disputecenter.common.Caller;
import com.disputecenter.evidence.EvidenceService;
import com.disputecenter.evidence.EvidenceService.EvidenceFile;
import com.disputecenter.web.WebPage;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.UUID;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * Evidence files for the case page's gallery, with the logged-in session (the API's download
 * needs HTTP Basic). Pictures and videos are shown inline, by their detected type, in a sandbox;
 * everything else (PDF included) is a download, as on the API.
 */
@Controller
@WebPage
class EvidencePageController {

    /** Types a browser only displays: an image or a video cannot run script from our origin. */
    private static final Set<String> INLINE = Set.of("image/jpeg", "image/png", "image/gif", "image/webp", "video/mp4",
            "video/webm", "video/quicktime");

    private final EvidenceService evidence;

    EvidencePageController(EvidenceService evidence) {
        this.evidence = evidence;
    }

    @GetMapping("/disputes/{id}/evidence/{evidenceId}")
    ResponseEntity<byte[]> download(Caller caller, @PathVariable UUID id, @PathVariable UUID evidenceId) {
        return file(evidence.content(caller, id, evidenceId), false);
    }

    @GetMapping("/disputes/{id}/evidence/{evidenceId}/view")
    ResponseEntity<byte[]> view(Caller caller, @PathVariable UUID id, @PathVariable UUID evidenceId) {
        EvidenceFile file = evidence.content(caller, id, evidenceId);
        return file(file, INLINE.contains(file.contentType()));
    }

    private static ResponseEntity<byte[]> file(EvidenceFile file, boolean inline) {
        ContentDisposition disposition = (inline ? ContentDisposition.inline() : ContentDisposition.attachment())
                .filename(file.fileName(), StandardCharsets.UTF_8).build();
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", "sandbox; default-src 'none'; img-src 'self'; media-src 'self'")
                .header(HttpHeaders.CACHE_CONTROL, "private, max-age=3600")
                .body(file.bytes());
    }
}
