package com.disputecenter.evidence.web;

import com.disputecenter.common.DisputeCenterException.InvalidInput;
import com.disputecenter.evidence.EvidenceKind;
import com.disputecenter.evidence.Upload;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.springframework.web.multipart.MultipartFile;

/** Turns a multipart file into an {@link Upload}; the declared content type is ignored on purpose. */
public final class Uploads {

    private Uploads() {
    }

    public static Upload of(MultipartFile file, EvidenceKind kind, String description, Boolean packagingDamaged) {
        if (file == null || file.isEmpty()) {
            throw new InvalidInput("file", "The file is empty");
        }
        try {
            return new Upload(file.getOriginalFilename(), file.getBytes(), kind, description, packagingDamaged);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
