// Runs at the top of <body>: GOV.UK Frontend styles JavaScript-enhanced components only when these classes are set.
document.body.className += ' js-enabled' + ('noModule' in HTMLScriptElement.prototype ? ' govuk-frontend-supported' : '');
