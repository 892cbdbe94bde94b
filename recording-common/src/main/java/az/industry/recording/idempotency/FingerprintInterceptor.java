package az.industry.recording.idempotency;

import java.io.ByteArrayInputStream;
import java.io.IOException;

import jakarta.inject.Inject;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;

/** Fingerprints the body of a request that carries an {@code Idempotency-Key}, then lets it be read as usual. */
@Provider
public class FingerprintInterceptor implements ReaderInterceptor {

    @Inject
    RequestFingerprint fingerprint;

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        if (context.getHeaders().getFirst(Idempotency.HEADER) != null) {
            byte[] body = context.getInputStream().readAllBytes();
            fingerprint.body(body);
            context.setInputStream(new ByteArrayInputStream(body));
        }
        return context.proceed();
    }
}
