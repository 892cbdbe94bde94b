package az.industry.reporting.rest.csv;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyWriter;
import jakarta.ws.rs.ext.Provider;

/** Writes report answers (records and lists of records) as {@code text/csv; charset=UTF-8} through {@link CsvTable}. */
@Provider
@Produces(CsvBodyWriter.CSV)
public class CsvBodyWriter implements MessageBodyWriter<Object> {

    /** The media type of every CSV answer. */
    public static final String CSV = "text/csv;charset=UTF-8";
    public static final MediaType CSV_TYPE = MediaType.valueOf(CSV);

    @Override
    public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return mediaType != null && mediaType.isCompatible(CSV_TYPE) && !mediaType.isWildcardType()
                && (type.isRecord() || List.class.isAssignableFrom(type));
    }

    @Override
    public void writeTo(Object entity, Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType,
            MultivaluedMap<String, Object> headers, OutputStream out) throws IOException {
        headers.putSingle("Content-Type", CSV);
        out.write(CsvTable.of(entity, genericType).encode().getBytes(StandardCharsets.UTF_8));
    }
}
