package studio.coanchor.mix;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The {@code interface} object of a request body: the interface name and its {@code para}. */
public record MixCall(@JsonProperty(required = true) String interfaceName, @JsonProperty(required = true) MixPara para) {
    public static final String NAME = "Mix_StreamV2";

    public MixCall {
        if (!NAME.equals(interfaceName)) {
            throw new IllegalArgumentException("interfaceName is '" + interfaceName + "': use " + NAME);
        }
        if (para == null) {
            throw new IllegalArgumentException("para is null: give the mix parameters");
        }
    }
}
