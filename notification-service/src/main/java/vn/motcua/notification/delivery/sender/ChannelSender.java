package vn.motcua.notification.delivery.sender;

import vn.motcua.notification.delivery.domain.Delivery;

/** Sends one planned delivery over its channel; the reference lets the provider drop a duplicate. */
public interface ChannelSender {
    Delivery.Channel channel();

    void send(Delivery d, String reference) throws ProviderException;
}
