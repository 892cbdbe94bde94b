package az.industry.common.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import az.industry.common.validation.PlainText;

/** Body of {@code POST /api/.../{id}/void}: why the record is withdrawn. */
public record VoidRequest(@NotBlank @PlainText(multiline = true) @Size(max = 500) String reason) {
}
