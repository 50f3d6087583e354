package com.disputecenter.security;

import com.disputecenter.arbitration.ArbitrationService;
import com.disputecenter.common.Caller;
import com.disputecenter.common.Money;
import com.disputecenter.common.Role;
import com.disputecenter.dispute.DisputeService;
import com.disputecenter.dispute.DisputeView;
import com.disputecenter.dispute.LogisticsChannel;
import com.disputecenter.dispute.OpenDispute;
import com.disputecenter.dispute.Platform;
import com.disputecenter.dispute.Reason;
import com.disputecenter.dispute.ResolutionType;
import com.disputecenter.dispute.Responsibility;
import java.sql.Date;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Sample disputes for the analytics dashboard and the early warning: three sellers, four platforms,
 * repeating reasons on named products, and endings by agreement, arbitration and cancellation. Every
 * case is opened and ended through the same use cases as the API (the marketplace files them for
 * several buyers), so the figures are real; refunds are paid by the job executor moments later.
 */
@Component
class DemoInsights {

    private static final Caller MARKET = new Caller("market", Set.of(Role.INTEGRATION), null);
    private static final Caller ADA = new Caller("ada", Set.of(Role.ARBITRATOR), null);
    private static final String THIRD_SELLER = "S-3003";

    private final DisputeService disputes;
    private final ArbitrationService arbitration;
    private final JdbcClient jdbc;

    DemoInsights(DisputeService disputes, ArbitrationService arbitration, JdbcClient jdbc) {
        this.disputes = disputes;
        this.arbitration = arbitration;
        this.jdbc = jdbc;
    }

    private record Product(String id, String title, String category) {
        OpenDispute.Product open() {
            return new OpenDispute.Product(id, title, category);
        }
    }

    private static final Product DRESS = new Product("P-DRESS-01", "Floral summer dress", "apparel");
    private static final Product CASE = new Product("P-CASE-12", "Leather phone case", "accessories");
    private static final Product LAMP = new Product("P-LAMP-07", "Ceramic table lamp", "home");
    private static final Product EARBUDS = new Product("P-EARBUDS-3", "Wireless earbuds", "electronics");
    private static final Product SNEAKERS = new Product("P-SNEAKER-9", "Running sneakers", "footwear");

    /** How a sample case ends. */
    private enum Ending { SELLER_ACCEPTS, PARTIAL_AGREED, ARBITRATED_FOR_BUYER, ARBITRATED_FOR_SELLER,
        ARBITRATED_LOGISTICS, CANCELLED, OPEN }

    void seed(Instant now) {
        LocalDate today = now.atZone(ZoneOffset.UTC).toLocalDate();
        for (int day = 0; day < 60; day++) {
            jdbc.sql("insert into seller_order_volume (seller_id, order_day, orders) values (?, ?, ?)")
                    .params(THIRD_SELLER, Date.valueOf(today.minusDays(day)), 25)
                    .update();
        }
        int n = 0;
        // S-1001: the dress keeps coming back too small, the phone case looks different from its photos
        sample(++n, now, Platform.ALIEXPRESS, "bob", "S-1001", Reason.NOT_AS_DESCRIBED_SIZE, "39.00", DRESS, "DE", Ending.SELLER_ACCEPTS);
        sample(++n, now, Platform.ALIEXPRESS, "ivy", "S-1001", Reason.NOT_AS_DESCRIBED_SIZE, "39.00", DRESS, "FR", Ending.PARTIAL_AGREED);
        sample(++n, now, Platform.AMAZON, "leo", "S-1001", Reason.NOT_AS_DESCRIBED_SIZE, "41.00", DRESS, "US", Ending.ARBITRATED_FOR_BUYER);
        sample(++n, now, Platform.ALIEXPRESS, "mia", "S-1001", Reason.NOT_AS_DESCRIBED_MISMATCH, "12.50", CASE, "ES", Ending.PARTIAL_AGREED);
        sample(++n, now, Platform.EBAY, "ivy", "S-1001", Reason.NOT_AS_DESCRIBED_MISMATCH, "12.50", CASE, "GB", Ending.SELLER_ACCEPTS);
        sample(++n, now, Platform.ALIEXPRESS, "leo", "S-1001", Reason.PERSONAL_REASONS, "39.00", DRESS, "IT", Ending.SELLER_ACCEPTS);
        sample(++n, now, Platform.ALIEXPRESS, "bob", "S-1001", Reason.NOT_RECEIVED_IN_TRANSIT, "18.00", CASE, "BR", Ending.CANCELLED);
        // S-2002: lamps arrive broken, earbuds stop working
        sample(++n, now, Platform.ALIEXPRESS, "mia", "S-2002", Reason.NOT_AS_DESCRIBED_DAMAGED, "120.00", LAMP, "IT", Ending.ARBITRATED_LOGISTICS);
        sample(++n, now, Platform.ALIEXPRESS, "noa", "S-2002", Reason.NOT_AS_DESCRIBED_DAMAGED, "120.00", LAMP, "NL", Ending.ARBITRATED_FOR_BUYER);
        sample(++n, now, Platform.EBAY, "bob", "S-2002", Reason.NOT_AS_DESCRIBED_DAMAGED, "118.00", LAMP, "GB", Ending.SELLER_ACCEPTS);
        sample(++n, now, Platform.AMAZON, "noa", "S-2002", Reason.NOT_AS_DESCRIBED_NOT_WORKING, "59.90", EARBUDS, "US", Ending.ARBITRATED_FOR_SELLER);
        sample(++n, now, Platform.EBAY, "ivy", "S-2002", Reason.NOT_AS_DESCRIBED_NOT_WORKING, "59.90", EARBUDS, "GB", Ending.CANCELLED);
        sample(++n, now, Platform.ALIEXPRESS, "leo", "S-2002", Reason.EASY_RETURN, "59.90", EARBUDS, "IT", Ending.SELLER_ACCEPTS);
        // S-3003: sneakers run small, parcels to Brazil take their time
        sample(++n, now, Platform.ALIEXPRESS, "mia", THIRD_SELLER, Reason.NOT_AS_DESCRIBED_SIZE, "75.00", SNEAKERS, "PL", Ending.PARTIAL_AGREED);
        sample(++n, now, Platform.AMAZON, "bob", THIRD_SELLER, Reason.NOT_AS_DESCRIBED_SIZE, "79.00", SNEAKERS, "US", Ending.SELLER_ACCEPTS);
        sample(++n, now, Platform.ALIEXPRESS, "noa", THIRD_SELLER, Reason.NOT_RECEIVED_IN_TRANSIT, "75.00", SNEAKERS, "BR", Ending.ARBITRATED_LOGISTICS);
        sample(++n, now, Platform.ALIEXPRESS, "ivy", THIRD_SELLER, Reason.NOT_RECEIVED_IN_TRANSIT, "75.00", SNEAKERS, "BR", Ending.OPEN);
        sample(++n, now, Platform.TMALL_GLOBAL, "leo", THIRD_SELLER, Reason.SHIPPING_METHOD_NOT_AS_DESCRIBED, "75.00", SNEAKERS, "CN", Ending.SELLER_ACCEPTS);
    }

    private void sample(int n, Instant now, Platform platform, String buyer, String seller, Reason reason, String amount,
            Product product, String country, Ending ending) {
        boolean notReceived = reason.name().startsWith("NOT_RECEIVED_");
        Instant delivered = notReceived ? null : now.minus(Duration.ofHours(platform == Platform.TMALL_GLOBAL ? 6 : 48));
        Instant estimated = platform == Platform.AMAZON ? now.minus(Duration.ofDays(2)) : null;
        Instant contacted = platform == Platform.AMAZON ? now.minus(Duration.ofDays(3)) : null;
        String prefix = switch (platform) {
            case ALIEXPRESS -> "AE";
            case TMALL_GLOBAL -> "TM";
            case AMAZON -> "AZ";
            case EBAY -> "EB";
        };
        DisputeView opened = disputes.open(MARKET, new OpenDispute(prefix + "-7" + String.format("%05d", n), platform, buyer,
                seller, reason, Money.of(amount, "USD"), ResolutionType.FULL_REFUND, null, product.title() + ": " + reason, delivered,
                LogisticsChannel.PLATFORM, country, "en", contacted, estimated, product.open()), List.of());
        Caller buyerCaller = new Caller(buyer, Set.of(Role.BUYER), null);
        Caller sellerCaller = new Caller(seller + "-staff", Set.of(Role.SELLER), seller);
        switch (ending) {
            case SELLER_ACCEPTS -> disputes.accept(sellerCaller, opened.id(), opened.proposals().get(0).id());
            case PARTIAL_AGREED -> {
                var offer = disputes.propose(sellerCaller, opened.id(), ResolutionType.PARTIAL_REFUND,
                        Money.of(half(amount), "USD"), "Half back, keep the item");
                disputes.accept(buyerCaller, opened.id(), offer.id());
            }
            case ARBITRATED_FOR_BUYER, ARBITRATED_FOR_SELLER, ARBITRATED_LOGISTICS -> {
                disputes.propose(sellerCaller, opened.id(), ResolutionType.NO_REFUND, null, "The item left us in order");
                disputes.escalate(buyerCaller, opened.id(), "We cannot agree");
                switch (ending) {
                    case ARBITRATED_FOR_BUYER -> arbitration.decide(ADA, opened.id(), ResolutionType.FULL_REFUND, null,
                            Responsibility.SELLER, "The photos show the defect the listing does not mention");
                    case ARBITRATED_FOR_SELLER -> arbitration.decide(ADA, opened.id(), ResolutionType.NO_REFUND, null,
                            Responsibility.BUYER, "The seller's test video shows the item working on delivery");
                    default -> arbitration.decide(ADA, opened.id(), ResolutionType.FULL_REFUND, null,
                            Responsibility.LOGISTICS, "The platform carrier lost or broke the parcel");
                }
            }
            case CANCELLED -> {
                disputes.propose(sellerCaller, opened.id(), ResolutionType.PARTIAL_REFUND, Money.of(half(amount), "USD"),
                        "Part of the price back");
                disputes.cancel(buyerCaller, opened.id(), "It arrived after all");
            }
            case OPEN -> disputes.propose(sellerCaller, opened.id(), ResolutionType.NO_REFUND, null,
                    "Tracking shows the parcel in Brazilian customs");
        }
    }

    private static String half(String amount) {
        return new java.math.BigDecimal(amount).divide(java.math.BigDecimal.valueOf(2), 2, java.math.RoundingMode.HALF_UP)
                .toPlainString();
    }
}
