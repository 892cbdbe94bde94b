package az.industry.investment.rest;

import jakarta.ws.rs.Path;

import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import az.industry.contracts.event.InvestmentRecord;
import az.industry.investment.model.NewInvestment;
import az.industry.recording.rest.RecordResource;

/** HTTP API of investments: record (one or a batch), read, list, void; written once in {@link RecordResource}. */
@Path("/api/investments")
@Tag(name = "Investments")
public class InvestmentResource extends RecordResource<NewInvestment, InvestmentRecord> {
}
