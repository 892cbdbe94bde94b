package az.industry.production.rest;

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

/** production-service: every rule of a production report, one bad value at a time (ValidationSuite). */
@Tag("integration")
@QuarkusTest
@WithTestResource(value = InfraTestResource.class, initArgs = @ResourceArg(name = "database", value = "production"))
class ProductionValidationTest extends ValidationSuite {

    @Override
    protected WriteApi api() {
        return ProductionApi.API;
    }

    @Override
    protected Stream<Arguments> badValues() {
        return Stream.of(
                arguments("zoneId", null, 400),
                arguments("zoneId", "", 400),
                arguments("zoneId", "atlantis-industrial-park", 422),
                arguments("producer", null, 400),
                arguments("producer", " ", 400),
                arguments("producer", "x".repeat(201), 400),
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
                arguments("producedOn", null, 400),
                arguments("producedOn", LocalDate.now().plusDays(1).toString(), 400),
                arguments("producedOn", "31.12.2024", 400));
    }
}
