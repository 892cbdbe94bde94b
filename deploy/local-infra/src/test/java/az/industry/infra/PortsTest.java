package az.industry.infra;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** {@link Ports#free()} never hands out the same port twice in one JVM (a broker once got one port for two listeners). */
class PortsTest {

    @Test
    void freePortsAreDistinct() {
        Set<Integer> ports = new HashSet<>();
        for (int i = 0; i < 300; i++) {
            ports.add(Ports.free());
        }
        assertEquals(300, ports.size());
    }
}
