package az.industry.recording.store;

import java.util.List;

/** One page of results and the number of results on all pages. */
public record Paged<T>(List<T> items, long total) {
}
