package com.disputecenter.evidence.web;

import com.disputecenter.evidence.EvidenceKind;
import com.disputecenter.evidence.Upload;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import org.springframework.web.multipart.MultipartFile;

/**
 * One file of a page's evidence field: the file, its kind, and what it shows. A form class rather
 * than a record, so a form that failed can be shown again with what was typed in.
 */
public class EvidenceRow {

    private MultipartFile file;
    private EvidenceKind kind;
    @Size(max = 2000)
    private String description;
    private Boolean packagingDamaged;

    public MultipartFile getFile() {
        return file;
    }

    public void setFile(MultipartFile file) {
        this.file = file;
    }

    public EvidenceKind getKind() {
        return kind;
    }

    public void setKind(EvidenceKind kind) {
        this.kind = kind;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public Boolean getPackagingDamaged() {
        return packagingDamaged;
    }

    public void setPackagingDamaged(Boolean packagingDamaged) {
        this.packagingDamaged = packagingDamaged;
    }

    /** A row with no file chosen is no upload; a chosen file, even an empty one, is checked by the service. */
    boolean chosen() {
        return file != null && file.getOriginalFilename() != null && !file.getOriginalFilename().isBlank();
    }

    /** The files the rows carry, in their order; rows left empty are skipped. */
    public static List<Upload> uploads(List<EvidenceRow> rows) {
        List<Upload> uploads = new ArrayList<>();
        if (rows == null) {
            return uploads;
        }
        for (EvidenceRow row : rows) {
            if (row != null && row.chosen()) {
                String description = row.description == null || row.description.isBlank() ? null : row.description;
                uploads.add(Uploads.of(row.file, row.kind, description, row.packagingDamaged));
            }
        }
        return uploads;
    }

    /** Rows for a fresh form: as many as a page offers before the "add a file" button. */
    public static List<EvidenceRow> blank(int count) {
        List<EvidenceRow> rows = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            rows.add(new EvidenceRow());
        }
        return rows;
    }
}
