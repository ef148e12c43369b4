package org.schoolscope.access.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.schoolscope.access.account.SetupCode;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The sign-in page: the local sign-in form (its POST is handled by Spring Security) and, when an identity provider is
 * configured, a link to sign in through it. It never says whether a username exists.
 */
@Controller
class SignInController {

    private final ObjectProvider<ClientRegistrationRepository> identityProviders;
    private final SetupCode setup;

    SignInController(ObjectProvider<ClientRegistrationRepository> identityProviders, SetupCode setup) {
        this.identityProviders = identityProviders;
        this.setup = setup;
    }

    @GetMapping("/sign-in")
    String signIn(@RequestParam Map<String, String> parameters, Model model) {
        List<FormProblem> problems = new ArrayList<>();
        if (parameters.containsKey("error")) {
            // The same for a wrong password, an unknown name, a lock-out and a disabled account (issue 13).
            problems.add(new FormProblem("username", "signIn.error.wrong"));
        }
        model.addAttribute("section", "sign-in");
        model.addAttribute("problems", problems);
        model.addAttribute("signedOut", parameters.containsKey("signed-out"));
        model.addAttribute("providers", providers());
        model.addAttribute("setupOpen", setup.open());
        return "access/sign-in";
    }

    /** Each configured identity provider: its sign-in link and name. */
    private List<Provider> providers() {
        List<Provider> providers = new ArrayList<>();
        ClientRegistrationRepository repository = identityProviders.getIfAvailable();
        if (repository instanceof Iterable<?> registrations) {
            for (Object registration : registrations) {
                ClientRegistration client = (ClientRegistration) registration;
                providers.add(new Provider("/oauth2/authorization/" + client.getRegistrationId(),
                        client.getClientName()));
            }
        }
        return providers;
    }

    record Provider(String path, String name) {
    }
}
