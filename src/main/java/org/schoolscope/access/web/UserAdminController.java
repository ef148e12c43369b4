package org.schoolscope.access.web;

import java.security.Principal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.schoolscope.access.account.UserAccount;
import org.schoolscope.access.account.UserAccounts;
import org.schoolscope.access.account.UserStore;
import org.schoolscope.shared.Role;
import org.schoolscope.shared.TextLimits;
import org.schoolscope.shared.Urn;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Administrators manage users: add, change roles, allocate schools, disable. Every change is audited. */
@Controller
class UserAdminController {

    private final UserStore users;
    private final UserAccounts accounts;

    UserAdminController(UserStore users, UserAccounts accounts) {
        this.users = users;
        this.accounts = accounts;
    }

    /** What the user forms post; schools are URNs separated by spaces, commas or new lines. */
    public record UserForm(String username, String displayName, String password, List<Role> roles, String schools,
            Boolean enabled) {

        public UserForm {
            roles = roles == null ? List.of() : List.copyOf(roles);
        }

        List<FormProblem> problems(boolean isNew) {
            List<FormProblem> problems = new ArrayList<>();
            if (isNew && (username == null || username.isBlank())) {
                problems.add(new FormProblem("username", "users.error.username"));
            } else if (!TextLimits.within(username, TextLimits.SHORT_TEXT)) {
                problems.add(new FormProblem("username", "users.error.tooLong"));
            }
            if (!TextLimits.within(displayName, TextLimits.SHORT_TEXT)) {
                problems.add(new FormProblem("displayName", "users.error.tooLong"));
            }
            if (!TextLimits.within(password, TextLimits.SHORT_TEXT)) {
                problems.add(new FormProblem("password", "users.error.tooLong"));
            }
            if (isNew && (password == null || password.length() < UserAccounts.MINIMUM_PASSWORD_LENGTH)) {
                problems.add(new FormProblem("password", "users.error.password"));
            }
            if (roles.isEmpty()) {
                problems.add(new FormProblem("roles", "users.error.roles"));
            }
            if (!TextLimits.within(schools, TextLimits.FREE_TEXT) || parsedSchools() == null) {
                problems.add(new FormProblem("schools", "users.error.schools"));
            }
            return problems;
        }

        /** The URNs written, or null when one is not a URN. */
        Set<Urn> parsedSchools() {
            Set<Urn> urns = new LinkedHashSet<>();
            if (schools == null || schools.isBlank()) {
                return urns;
            }
            for (String part : schools.trim().split("[,\\s]+")) {
                try {
                    urns.add(Urn.parse(part));
                } catch (IllegalArgumentException notAUrn) {
                    return null;
                }
            }
            return urns;
        }

        public boolean hasRole(Role role) {
            return roles.contains(role);
        }

        public boolean hasProblem(List<FormProblem> problems, String field) {
            return FormProblem.has(problems, field);
        }

        static UserForm of(UserAccount user) {
            return new UserForm(user.username(), user.displayName(), null, user.sortedRoles(),
                    String.join(" ", user.sortedSchools().stream().map(Urn::toString).toList()), user.enabled());
        }
    }

    @GetMapping("/admin/users")
    String list(Model model) {
        model.addAttribute("section", "admin");
        model.addAttribute("users", users.all());
        return "access/users";
    }

    @GetMapping("/admin/users/new")
    String newUser(Model model) {
        return showNew(new UserForm(null, null, null, List.of(), null, true), List.of(), model);
    }

    @PostMapping("/admin/users")
    String add(UserForm form, Principal admin, Model model, RedirectAttributes redirect) {
        List<FormProblem> problems = form.problems(true);
        if (problems.isEmpty() && users.findByUsername(form.username().strip()).isPresent()) {
            problems = List.of(new FormProblem("username", "users.error.taken"));
        }
        if (!problems.isEmpty()) {
            return showNew(new UserForm(form.username(), form.displayName(), null, form.roles(), form.schools(),
                    true), problems, model);
        }
        UserAccount created = accounts.addLocal(form.username(), form.displayName(), form.password(),
                EnumSet.copyOf(form.roles()), form.parsedSchools(), admin.getName());
        redirect.addFlashAttribute("saved", created.username());
        return "redirect:/admin/users";
    }

    @GetMapping("/admin/users/{id}")
    String edit(@PathVariable("id") long id, Model model) {
        UserAccount user = find(id);
        return showEdit(user, UserForm.of(user), List.of(), model);
    }

    @PostMapping("/admin/users/{id}")
    String update(@PathVariable("id") long id, UserForm form, Principal admin, Model model,
            RedirectAttributes redirect) {
        UserAccount user = find(id);
        List<FormProblem> problems = form.problems(false);
        if (!problems.isEmpty()) {
            return showEdit(user, form, problems, model);
        }
        accounts.update(id, EnumSet.copyOf(form.roles()), form.parsedSchools(), Boolean.TRUE.equals(form.enabled()),
                admin.getName());
        redirect.addFlashAttribute("saved", user.username());
        return "redirect:/admin/users";
    }

    private UserAccount find(long id) {
        return users.findById(id).orElseThrow(() -> new UserAccounts.UserNotFoundException(id));
    }

    private String showNew(UserForm form, List<FormProblem> problems, Model model) {
        model.addAttribute("section", "admin");
        model.addAttribute("form", form);
        model.addAttribute("problems", problems);
        model.addAttribute("roles", Role.values());
        return "access/user-new";
    }

    private String showEdit(UserAccount user, UserForm form, List<FormProblem> problems, Model model) {
        model.addAttribute("section", "admin");
        model.addAttribute("user", user);
        model.addAttribute("form", form);
        model.addAttribute("problems", problems);
        model.addAttribute("roles", Role.values());
        return "access/user-edit";
    }
}
