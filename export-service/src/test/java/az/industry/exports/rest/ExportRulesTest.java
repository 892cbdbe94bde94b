package az.industry.exports.rest;

import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.stream.Stream;

import org.junit.jupiter.params.provider.Arguments;

import az.industry.testsupport.InfraTestResource;
import az.industry.testsupport.ValidationSuite;
import az.industry.testsupport.WriteApi;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

import org.junit.jupiter.api.Tag;

/** export-service: every rule of an export shipment, one bad value at a time (ValidationSuite; ExportValidationTest covers country and HS code in depth). */
@Tag("integration")
@QuarkusTest
@WithTestResource(value = InfraTestResource.class, initArgs = @ResourceArg(name = "database", value = "export"))
class ExportRulesTest extends ValidationSuite {

    @Override
    protected WriteApi api() {
        return ExportApi.API;
    }

    @Override
    protected Stream<Arguments> badValues() {
        return Stream.of(
                arguments("zoneId", null, 400),
                arguments("zoneId", "", 400),
                arguments("zoneId", "atlantis-industrial-park", 422),
                arguments("exporter", null, 400),
                arguments("exporter", " ", 400),
                arguments("exporter", "x".repeat(201), 400),
                arguments("destinationCountry", null, 400),
                arguments("destinationCountry", "AZ", 400),
                arguments("destinationCountry", "XX", 400),
                arguments("hsCode", null, 400),
                arguments("hsCode", "123", 400),
                arguments("sector", null, 400),
                arguments("sector", "WOODWORK", 400),
                arguments("product", null, 400),
                arguments("product", "x".repeat(201), 400),
                arguments("quantity", null, 400),
                arguments("quantity", 0, 400),
                arguments("quantity", new BigDecimal("-1"), 400),
                arguments("quantity", "many", 400),
                arguments("unit", null, 400),
                arguments("unit", "", 400),
                arguments("unit", "x".repeat(51), 400),
                arguments("value", null, 400),
                arguments("value", 0, 400),
                arguments("value", new BigDecimal("-0.01"), 400),
                arguments("value", new BigDecimal("1.001"), 400),
                arguments("value", new BigDecimal("1234567890123456"), 400),
                arguments("currency", null, 400),
                arguments("currency", "XYZ", 400),
                arguments("currency", "azn", 400),
                arguments("shippedOn", null, 400),
                arguments("shippedOn", LocalDate.now().plusDays(1).toString(), 400),
                arguments("shippedOn", "31.12.2024", 400));
    }
}
