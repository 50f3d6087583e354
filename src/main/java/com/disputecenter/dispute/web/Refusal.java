package com.disputecenter.dispute.web;

import com.disputecenter.common.DisputeCenterException;
import com.disputecenter.common.DisputeCenterException.InvalidInput;
import com.disputecenter.common.DisputeCenterException.NotFound;
import com.disputecenter.common.DisputeCenterException.TooLarge;
import com.disputecenter.common.DisputeCenterException.UnsupportedType;
import java.util.Map;
import org.springframework.validation.BindingResult;
import org.springframework.validation.DefaultMessageCodesResolver;
import org.springframework.validation.Errors;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;
import org.springframework.web.bind.WebDataBinder;

/**
 * A use case's refusal as a page shows it: a message key saying what kind of refusal it is, the
 * service's own explanation, and the field it concerns (null: the form as a whole).
 *
 * @param form which form on the page the refusal belongs to
 */
public record Refusal(String form, String field, String key, String detail) {

    /** Key per kind of refusal; the API answers these with 403, 409, 422, 400, 413 and 415. */
    private static final Map<Class<?>, String> KEYS = Map.of(
            DisputeCenterException.Forbidden.class, "parties.refusal.forbidden",
            DisputeCenterException.Conflict.class, "parties.refusal.conflict",
            DisputeCenterException.RuleViolation.class, "parties.refusal.rule",
            InvalidInput.class, "parties.refusal.invalid",
            TooLarge.class, "parties.refusal.tooLarge",
            UnsupportedType.class, "parties.refusal.unsupportedType");

    /**
     * @param fields the service's field names mapped to the form's, for the fields this form has;
     *     a file refusal lands on the form's "evidence" field when it has one
     */
    static Refusal of(String form, DisputeCenterException refused, Map<String, String> fields) {
        if (refused instanceof NotFound notFound) {
            // a case the caller may not see stays invisible: the page answers 404 like the API
            throw notFound;
        }
        String field = null;
        if (refused instanceof InvalidInput invalid) {
            field = fields.get(invalid.field());
        } else if (refused instanceof TooLarge || refused instanceof UnsupportedType) {
            field = fields.get("file");
        }
        // input the desk refuses on every page (an identifier, an amount) says so in the page's language
        String key = refused instanceof InvalidInput && refused.codeOr("").startsWith(INPUT) ? refused.codeOr("")
                : KEYS.getOrDefault(refused.getClass(), "parties.refusal.conflict");
        return new Refusal(form, field, key, refused.getMessage());
    }

    /**
     * Onto a form's binding result, so th:errors shows it beside its field (or at the top). The
     * forms' binders put {@link #PREFIX} before every code, so the key goes in without it.
     */
    void onto(Errors errors) {
        Object[] args = {detail};
        if (!key.startsWith(PREFIX) && errors instanceof BindingResult result) {
            // a key of its own (input.*): past the binder's prefix, straight onto the form
            result.addError(field == null ? new ObjectError(result.getObjectName(), new String[] {key}, args, detail)
                    : new FieldError(result.getObjectName(), field, result.getRawFieldValue(field), false,
                            new String[] {key}, args, detail));
            return;
        }
        String code = key.substring(PREFIX.length());
        if (field == null) {
            errors.reject(code, args, detail);
        } else {
            errors.rejectValue(field, code, args, detail);
        }
    }

    /** The party pages' message keys, validation codes included ("parties.NotBlank"), are in i18n/parties. */
    static final String PREFIX = "parties.";

    /** The keys of input refused on every page (i18n/input). */
    private static final String INPUT = "input.";

    /** For the forms' @InitBinder: validation codes under the party pages' prefix. */
    static void prefixCodes(WebDataBinder binder) {
        DefaultMessageCodesResolver codes = new DefaultMessageCodesResolver();
        codes.setPrefix(PREFIX);
        binder.setMessageCodesResolver(codes);
    }
}
