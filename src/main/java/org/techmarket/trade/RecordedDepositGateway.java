package org.techmarket.trade;

import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The payment adapter used until a real provider is contracted: it accepts every payment and keeps
 * a record of what it was asked, so that tests and demos can see the calls. Replaced by declaring
 * another {@link DepositGateway} bean.
 */
@DefaultBean
@ApplicationScoped
public class RecordedDepositGateway implements DepositGateway {

    public record Payment(long auctionId, int bidderNo, long fen, String reference) {
    }

    private final List<Payment> payments = new CopyOnWriteArrayList<>();

    @Override
    public String collect(long auctionId, int bidderNo, long fen, String idempotencyKey) {
        String reference = "REC-" + Integer.toHexString(idempotencyKey.hashCode()) + "-" + auctionId + "-" + bidderNo;
        payments.add(new Payment(auctionId, bidderNo, fen, reference));
        return reference;
    }

    public List<Payment> payments() {
        return List.copyOf(payments);
    }
}
