package com.disputecenter.notification.web;

import com.disputecenter.common.Caller;
import com.disputecenter.notification.Notifications;
import com.disputecenter.notification.Notifications.MessageView;
import java.util.List;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
class MessageController {

    private final Notifications notifications;

    MessageController(Notifications notifications) {
        this.notifications = notifications;
    }

    @GetMapping("/api/disputes/{id}/messages")
    List<MessageView> messages(Caller caller, @PathVariable UUID id) {
        return notifications.messagesOf(caller, id);
    }
}
