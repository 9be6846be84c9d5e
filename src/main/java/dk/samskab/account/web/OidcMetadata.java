package dk.samskab.account.web;

import com.nimbusds.oauth2.sdk.GeneralException;
import com.nimbusds.oauth2.sdk.id.Issuer;
import com.nimbusds.openid.connect.sdk.op.OIDCProviderMetadata;
import dk.samskab.account.FederatedSignIn;
import dk.samskab.account.OidcProvider;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The providers' discovery documents, read once each has answered; a provider that is down is asked again next time. */
@ApplicationScoped
public class OidcMetadata {

    static final int TIMEOUT_MS = 10_000;

    private final Map<String, OIDCProviderMetadata> known = new ConcurrentHashMap<>();

    public OIDCProviderMetadata of(OidcProvider provider) {
        OIDCProviderMetadata metadata = known.get(provider.code());
        if (metadata != null) {
            return metadata;
        }
        try {
            OIDCProviderMetadata read = OIDCProviderMetadata.resolve(new Issuer(provider.issuer()), TIMEOUT_MS, TIMEOUT_MS);
            known.put(provider.code(), read);
            return read;
        } catch (IOException | GeneralException e) {
            throw new FederatedSignIn.RefusedException(FederatedSignIn.Refusal.PROVIDER_DOWN, provider.issuer() + ": " + e.getMessage());
        }
    }
}
