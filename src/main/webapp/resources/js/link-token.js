// Mailed one-time links carry their token after '#', which browsers never send to a server, log
// or pass on as a referrer. This script hands the token to the page's form in the body of a POST
// and removes it from the address bar, so it never appears in a query string or in the history.
(function () {
    var form = document.querySelector('form[data-link-token]');
    var match = /[#&]token=([A-Za-z0-9_-]{20,64})/.exec(window.location.hash);
    if (!form || !match) {
        return;
    }
    form.querySelector('input[name=token]').value = match[1];
    window.history.replaceState(null, '', window.location.pathname);
    form.submit();
}());
