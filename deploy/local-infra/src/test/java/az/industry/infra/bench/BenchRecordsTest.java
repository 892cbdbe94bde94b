package az.industry.infra.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class BenchRecordsTest {

    @Test
    void csvHasAHeaderOfTheJsonFieldsAndQuotesWhatNeedsIt() {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("zoneId", "z");
        row.put("producer", "A, \"B\"");
        row.put("value", new BigDecimal("1E+2"));
        assertEquals("zoneId,producer,value\r\nz,\"A, \"\"B\"\"\",100\r\n", BenchRecords.csv(List.of(row)));
    }

    @Test
    void markedRecordsCarryEveryContractFieldAndVariedOnesAreDeterministic() {
        WriteService exports = WriteService.ALL.get(2);
        assertEquals(List.of("zoneId", "exporter", "sector", "destinationCountry", "hsCode", "product", "quantity", "unit", "value",
                "currency", "shippedOn"), List.copyOf(BenchRecords.marked(exports, BenchRecords.MARKED_ON).keySet()));
        assertEquals("{\"zoneId\":\"hajigabul-industrial-park\",\"investor\":\"Bench LLC\",\"sector\":\"OTHER\",\"amount\":0.01,"
                + "\"currency\":\"AZN\",\"investedOn\":\"2011-01-01\",\"jobsCreated\":0}",
                BenchRecords.json(BenchRecords.marked(WriteService.ALL.get(0), BenchRecords.MARKED_ON)));
        assertEquals(BenchRecords.varied(exports, 42), BenchRecords.varied(exports, 42));
        assertNotEquals(BenchRecords.varied(exports, 42), BenchRecords.varied(exports, 43));
    }
}
