"""Cookie and consent notices."""

from __future__ import annotations

from ..rules import Rule, phrases

RULES = [
    Rule(
        id="consent.cookie-notice",
        description='A cookie banner: "We use cookies to improve your experience ... Accept".',
        pattern=r"""
            (?=[^\n]{0,600}$)[^\n]{0,80}?
            (?:we|this\s+(?:web)?site|our\s+(?:web)?site|this\s+page|by\s+(?:continuing|using)[^\n]{0,60}?you)\s+
            (?:uses?|use|store|agree\s+to\s+(?:our\s+|the\s+)?use\s+of)\s+cookies\b[^\n]{0,400}?
            \b(?:experience|consent|agree|accept|privacy|cookie\s+policy|continuing|browsing|learn\s+more|personali[sz]e|analy[sz]e|settings)\b[^\n]{0,300}
        """,
        verbose=True,
        confidence="medium",
        remove=("We use cookies to give you the best experience on our website. By continuing you agree to our cookie policy.",),
        keep=("This website uses cookies to track readers, the study found, and most users never notice them at all.\n\nMore.",),
        reason="cookie notice",
    ),
    Rule(
        id="consent.cookie-buttons",
        description='Consent buttons and links: "Accept all cookies", "Cookie settings", "Manage preferences".',
        pattern=phrases(
            "Accept all cookies", "Accept cookies", "Accept all", "Reject all", "Allow all", "Allow cookies",
            "Cookie settings", "Cookie preferences", "Cookie policy", "Manage cookies", "Manage preferences",
            "Manage consent", "Manage cookie preferences", "Privacy preferences", "Do not sell my personal information",
            "Accept and close", "I accept", "Got it!",
        ),
        remove=("Accept all cookies", "Cookie settings"),
        keep=("Accept all the help you can get, her mother said.",),
        reason="cookie notice",
    ),
]
