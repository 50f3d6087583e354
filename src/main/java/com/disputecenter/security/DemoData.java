package com.disputecenter.security;

import com.disputecenter.arbitration.ArbitrationService;
import com.disputecenter.common.Caller;
import com.disputecenter.common.Money;
import com.disputecenter.common.Role;
import com.disputecenter.dispute.DisputeRepository;
import com.disputecenter.dispute.DisputeService;
import com.disputecenter.dispute.DisputeView;
import com.disputecenter.dispute.LogisticsChannel;
import com.disputecenter.dispute.OpenDispute;
import com.disputecenter.dispute.Platform;
import com.disputecenter.dispute.Reason;
import com.disputecenter.dispute.ResolutionType;
import com.disputecenter.evidence.EvidenceKind;
import com.disputecenter.evidence.Upload;
import com.disputecenter.returns.ReturnService;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Date;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import javax.imageio.ImageIO;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Sample disputes in different stages, so a newcomer sees something: opened and driven through
 * the same use cases the API calls, once the application is up, only in demo mode and only into
 * an empty database.
 */
@Component
class DemoData {

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private static final Caller BOB = new Caller("bob", Set.of(Role.BUYER), null);
    private static final Caller SAM = new Caller("sam", Set.of(Role.SELLER), "S-1001");
    private static final Caller SUE = new Caller("sue", Set.of(Role.SELLER), "S-2002");

    private final UserDirectory users;
    private final DisputeRepository disputes;
    private final DisputeService disputeService;
    private final ReturnService returns;
    private final ArbitrationService arbitration;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final DemoInsights insights;

    DemoData(UserDirectory users, DisputeRepository disputes, DisputeService disputeService, ReturnService returns,
            ArbitrationService arbitration, JdbcClient jdbc, Clock clock, DemoInsights insights) {
        this.insights = insights;
        this.users = users;
        this.disputes = disputes;
        this.disputeService = disputeService;
        this.returns = returns;
        this.arbitration = arbitration;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    void seed() {
        if (!users.demo() || disputes.count() > 0) {
            return;
        }
        Instant now = clock.instant();
        orderVolumes(now);

        open("AE-100234", Platform.ALIEXPRESS, "S-1001", Reason.NOT_AS_DESCRIBED_DAMAGED, "59.90",
                ResolutionType.FULL_REFUND, null, "Screen cracked on arrival", now.minus(Duration.ofDays(2)),
                List.of(new Upload("cracked-screen.png", png(new Color(200, 60, 60)), EvidenceKind.PRODUCT_PHOTO,
                        "Crack across the screen", null)));

        DisputeView negotiating = open("AE-100301", Platform.ALIEXPRESS, "S-1001", Reason.NOT_RECEIVED_IN_TRANSIT,
                "24.50", ResolutionType.FULL_REFUND, null, "Tracking has not moved for 20 days", null, List.of());
        disputeService.propose(SAM, negotiating.id(), ResolutionType.PARTIAL_REFUND, Money.of("8.00", "USD"),
                "The parcel is in customs; 8 USD now for the delay, the goods follow");

        DisputeView returning = open("AE-100377", Platform.ALIEXPRESS, "S-1001", Reason.NOT_AS_DESCRIBED_SIZE,
                "35.00", ResolutionType.RETURN_AND_REFUND, null, "Size M fits like XS",
                now.minus(Duration.ofDays(3)), List.of());
        disputeService.accept(SAM, returning.id(), returning.proposals().get(0).id());
        returns.giveAddress(SAM, returning.id(), "Dispute Center Returns, 88 Jiangnan Ave, Hangzhou, CN", null, null);

        DisputeView escalated = open("AE-200155", Platform.ALIEXPRESS, "S-2002", Reason.NOT_AS_DESCRIBED_DAMAGED, "120.00",
                ResolutionType.FULL_REFUND, null, "Lamp arrived broken", now.minus(Duration.ofDays(1)),
                List.of(new Upload("outer-box.png", png(new Color(120, 90, 40)), EvidenceKind.OUTER_PACKAGING_PHOTO,
                        "The outer box is crushed on one corner", true)));
        disputeService.propose(SUE, escalated.id(), ResolutionType.NO_REFUND, null,
                "Packed in double foam; the carrier crushed it");
        disputeService.escalate(BOB, escalated.id(), "The seller refuses any refund");

        DisputeView agreed = open("AE-100410", Platform.ALIEXPRESS, "S-1001", Reason.NOT_AS_DESCRIBED_MISMATCH,
                "42.00", ResolutionType.PARTIAL_REFUND, Money.of("15.00", "USD"), "Colour differs from the photos",
                now.minus(Duration.ofDays(4)), List.of());
        disputeService.accept(SAM, agreed.id(), agreed.proposals().get(0).id());
        insights.seed(now);
        log.info("Demo data: 5 sample disputes opened (log in as bob, sam, sue, ada, sen, ann or market),"
                + " and more for the analytics dashboard");
    }

    private DisputeView open(String orderId, Platform platform, String sellerId, Reason reason, String amount,
            ResolutionType requested, Money requestedAmount, String description, Instant deliveredAt,
            List<Upload> evidence) {
        return disputeService.open(BOB, new OpenDispute(orderId, platform, "bob", sellerId, reason,
                Money.of(amount, "USD"), requested, requestedAmount, description, deliveredAt, LogisticsChannel.PLATFORM,
                "IT", "it", null, null), evidence);
    }

    private void orderVolumes(Instant now) {
        LocalDate today = now.atZone(ZoneOffset.UTC).toLocalDate();
        for (int day = 0; day < 60; day++) {
            for (String seller : List.of("S-1001", "S-2002")) {
                jdbc.sql("insert into seller_order_volume (seller_id, order_day, orders) values (?, ?, ?)")
                        .params(seller, Date.valueOf(today.minusDays(day)), seller.equals("S-1001") ? 40 : 12)
                        .update();
            }
        }
    }

    /** A small picture standing in for a buyer's photo. */
    private static byte[] png(Color color) {
        BufferedImage image = new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(color);
        g.fillRect(0, 0, 64, 48);
        g.dispose();
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
