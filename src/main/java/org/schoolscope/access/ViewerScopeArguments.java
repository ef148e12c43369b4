package org.schoolscope.access;

import java.util.List;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Gives a controller method that declares a {@link ViewerScope} parameter the signed-in viewer's scope, so every
 * page and API answer hands its queries the one scope the access module decides, and none works it out itself.
 */
@Configuration
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class ViewerScopeArguments implements WebMvcConfigurer, HandlerMethodArgumentResolver {

    private final AllowedSchools allowed;

    ViewerScopeArguments(AllowedSchools allowed) {
        this.allowed = allowed;
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(this);
    }

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return ViewerScope.class.equals(parameter.getParameterType());
    }

    @Override
    public ViewerScope resolveArgument(MethodParameter parameter, ModelAndViewContainer container,
            NativeWebRequest request, WebDataBinderFactory binders) {
        return allowed.current();
    }
}
