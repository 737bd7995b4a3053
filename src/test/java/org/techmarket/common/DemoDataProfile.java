package org.techmarket.common;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/**
 * The application with the demo data loaded at start-up. Beside {@code VoucherDemoFlagsTest}'s own
 * profile, it starts the application a second time on the same database, where nothing may load again.
 */
public class DemoDataProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("techmarket.demo-data", "true");
    }
}
