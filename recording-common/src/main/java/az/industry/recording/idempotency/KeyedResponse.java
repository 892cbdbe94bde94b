package az.industry.recording.idempotency;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A row of {@code idempotency_key}: a claimed key, the fingerprint of its request and the answer it got. */
@Entity
@Table(name = "idempotency_key")
public class KeyedResponse {

    @Id
    @Column(name = "idem_key", length = 128)
    public String key;

    @Column(name = "request_hash", nullable = false, length = 64)
    public String requestHash;

    public Integer status;

    public String location;

    @Column(name = "content_type")
    public String contentType;

    @Column(columnDefinition = "TEXT")
    public String body;

    @Column(name = "created_at", nullable = false, insertable = false, updatable = false)
    public Instant createdAt;
}
