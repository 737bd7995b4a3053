package org.techmarket.common;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.InetAddress;

/**
 * This instance's name in a cluster ({@code techmarket.instance-id}, env TECHMARKET_INSTANCE_ID; by
 * default the host name): sent as {@code X-Techmarket-Instance} on every response and recorded with
 * the scheduled runs it claims.
 */
@ApplicationScoped
public class InstanceId {

    public static final String HEADER = "X-Techmarket-Instance";

    @Inject
    TechMarketConfig config;

    private String id;

    @PostConstruct
    void resolve() {
        String name = config.instanceId().filter(s -> !s.isBlank()).orElseGet(InstanceId::hostName);
        // A header value and a column of 100: printable ASCII only.
        name = name.replaceAll("[^\\x21-\\x7e]", "_");
        id = name.length() > 100 ? name.substring(0, 100) : name;
    }

    public String get() {
        return id;
    }

    private static String hostName() {
        String env = System.getenv("HOSTNAME");
        if (env != null && !env.isBlank()) {
            return env;
        }
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (java.io.IOException e) {
            return "unknown";
        }
    }
}
