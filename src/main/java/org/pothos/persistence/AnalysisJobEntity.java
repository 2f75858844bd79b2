package org.pothos.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** Row of {@code analysis_job}: one image sent to one model with one set of options. */
@Entity
@Table(name = "analysis_job")
class AnalysisJobEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "analysis_job_seq")
    @SequenceGenerator(name = "analysis_job_seq", sequenceName = "analysis_job_seq", allocationSize = 50)
    Long id;
    @Column(name = "media_id", nullable = false)
    Long mediaId;
    @Column(name = "endpoint_id")
    Long endpointId;
    @Column(nullable = false, length = 200)
    String model;
    @Column(name = "options_json", nullable = false, length = 4000)
    String optionsJson;
    @Column(name = "options_key", nullable = false, length = 64, columnDefinition = "CHAR(64)")
    String optionsKey;
    @Column(name = "custom_prompt", length = 8000)
    String customPrompt;
    @Column(nullable = false, length = 16)
    String status;
    int attempts;
    @Column(name = "next_attempt_at")
    Instant nextAttemptAt;
    @Column(name = "created_at", nullable = false)
    Instant createdAt;
    @Column(name = "started_at")
    Instant startedAt;
    @Column(name = "finished_at")
    Instant finishedAt;
    @Column(name = "duration_ms")
    Long durationMs;
    @Column(name = "error_kind", length = 32)
    String errorKind;
    @Column(name = "error_message", length = 2000)
    String errorMessage;
    @Lob
    @Column(name = "raw_answer")
    String rawAnswer;
    @Lob
    @Column(name = "result_json")
    String resultJson;
    @Column(name = "bytes_uploaded")
    Long bytesUploaded;
    @Column(name = "batch_id", length = 64)
    String batchId;
    /** Labels of the answer that a strict vocabulary did not know and dropped, in words for the person. */
    @Column(name = "dropped_labels", length = 2000)
    String droppedLabels;
    @Version
    long version;
}
