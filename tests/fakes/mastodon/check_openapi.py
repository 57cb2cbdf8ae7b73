#!/usr/bin/env python3
"""Checks the Mastodon fake's real answers against Mastodon's OpenAPI description.

usage: check_openapi.py PATH/TO/torget-fake-mastodon PATH/TO/mastodon-openapi.json

Starts `torget-fake-mastodon --seed-demo --port 0`, reads the port from its one line of output,
calls each endpoint Torget uses (with the fake's token), and validates every JSON body against the
response schema the OpenAPI file gives for that path, method and status (Status, Notification,
Conversation, Account, CredentialAccount, CredentialApplication/Application, Token, Error, Context,
the OAuth discovery document). It also fails on a field the schema does not declare (a misspelt
field would otherwise pass, as the schemas allow extra properties) and checks the rate-limit and
Link headers. Every failure names the endpoint and the JSON path of the field that drifted.

The OpenAPI file is OpenAPI 3.1, i.e. JSON Schema 2020-12 with `"type": [..., "null"]` for nullable
fields, so Draft202012Validator is used with the whole file as the root for `#/components/...` refs.
Written for Debian 12's python3-jsonschema (4.10) and newer.
"""

import base64
import hashlib
import json
import re
import subprocess
import sys
import urllib.error
import urllib.parse
import urllib.request
from datetime import datetime

import jsonschema
import jsonschema.exceptions

FAILURES = []
CHECKED = {}


def fail(message):
    FAILURES.append(message)
    print('FAIL: ' + message)


# --- formats: checked here, so that the result does not depend on optional jsonschema extras ---
FORMATS = jsonschema.FormatChecker(formats=())


@FORMATS.checks('date-time', raises=ValueError)
def is_date_time(value):
    if not isinstance(value, str):
        return True
    if not re.fullmatch(r'\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)', value):
        raise ValueError('not an RFC 3339 date-time')
    datetime.fromisoformat(value.replace('Z', '+00:00')[:19])
    return True


@FORMATS.checks('date', raises=ValueError)
def is_date(value):
    if isinstance(value, str):
        datetime.strptime(value, '%Y-%m-%d')
    return True


@FORMATS.checks('uri', raises=ValueError)
def is_uri(value):
    if isinstance(value, str):
        parts = urllib.parse.urlsplit(value)
        if not parts.scheme or not (parts.netloc or parts.scheme == 'urn'):
            raise ValueError('not an absolute URI')
    return True


@FORMATS.checks('iso-639-1', raises=ValueError)
def is_language(value):
    if isinstance(value, str) and not re.fullmatch(r'[a-z]{2}', value):
        raise ValueError('not an ISO 639-1 code')
    return True


class Spec:
    def __init__(self, path):
        with open(path, encoding='utf-8') as f:
            self.doc = json.load(f)
        self.components = self.doc['components']

    def validator(self, schema):
        root = dict(schema)
        root['components'] = self.components
        return jsonschema.Draft202012Validator(root, format_checker=FORMATS)

    def response_schema(self, method, template, status):
        try:
            response = self.doc['paths'][template][method.lower()]['responses'][str(status)]
            return response['content']['application/json']['schema']
        except KeyError:
            return None

    def component(self, name):
        return {'$ref': '#/components/schemas/' + name}

    def resolve(self, schema):
        while isinstance(schema, dict) and '$ref' in schema:
            ref = schema['$ref']
            assert ref.startswith('#/components/schemas/'), ref
            target = self.components['schemas'][ref.rsplit('/', 1)[1]]
            extra = {k: v for k, v in schema.items() if k != '$ref'}
            schema = {**target, **{k: v for k, v in extra.items() if k not in ('description',)}}
        return schema


def undeclared(spec, instance, schema, path):
    """Fields of `instance` that no `properties` of its (resolved) schema declares."""
    found = []
    schema = spec.resolve(schema)
    if not isinstance(schema, dict):
        return found
    for key in ('oneOf', 'anyOf'):
        if key in schema:
            for branch in schema[key]:
                if spec.validator(branch).is_valid(instance):
                    return undeclared(spec, instance, branch, path)
            return found
    if isinstance(instance, dict) and 'properties' in schema:
        props = schema['properties']
        for name, value in instance.items():
            if name not in props:
                if not isinstance(schema.get('additionalProperties'), dict):
                    found.append(path + '/' + name)
            else:
                found += undeclared(spec, value, props[name], path + '/' + name)
    elif isinstance(instance, list) and 'items' in schema:
        for i, item in enumerate(instance):
            found += undeclared(spec, item, schema['items'], '%s/%d' % (path, i))
    return found


def innermost(error):
    """For a oneOf/anyOf failure ("… is not valid under any of the given schemas"), the error
    inside the branch that was meant (not the `null` alternative), so the message names the field."""
    while error.context:
        meant = [e for e in error.context if not (e.validator == 'type' and e.validator_value == 'null')]
        error = jsonschema.exceptions.best_match(meant or error.context)
    return error


def check(spec, label, instance, schema, names=()):
    """Validates one body; `names` are the component schemas it stands for (for the summary)."""
    errors = sorted(spec.validator(schema).iter_errors(instance), key=lambda e: list(e.absolute_path))
    for e in errors[:20]:
        e = innermost(e)
        where = '/' + '/'.join(str(p) for p in e.absolute_path)
        fail('%s: field %s drifted from the OpenAPI schema: %s (schema path %s)'
             % (label, where, e.message[:300], '/'.join(str(p) for p in e.schema_path)))
    for where in undeclared(spec, instance, schema, ''):
        fail('%s: field %s is not in the OpenAPI schema (misspelt or invented?)' % (label, where or '/'))
    for name in names:
        CHECKED[name] = CHECKED.get(name, 0) + 1
    return not errors


class Fake:
    def __init__(self, exe, token):
        self.token = token
        self.proc = subprocess.Popen([exe, '--seed-demo', '--port', '0', '--token', token],
                                     stdout=subprocess.PIPE, text=True)
        line = self.proc.stdout.readline()
        m = re.fullmatch(r'listening (http://127\.0\.0\.1:(\d+))\n', line)
        if not m:
            raise SystemExit('FAIL: the fake printed %r instead of "listening http://127.0.0.1:PORT"' % line)
        self.base = m.group(1)

    def stop(self):
        self.proc.kill()
        self.proc.wait()

    def call(self, method, path, body=None, token=True, form=False, headers=None, follow=True):
        url = path if path.startswith('http') else self.base + path
        data = None
        hdrs = dict(headers or {})
        if body is not None:
            if form:
                data = urllib.parse.urlencode(body).encode()
                hdrs['Content-Type'] = 'application/x-www-form-urlencoded'
            else:
                data = json.dumps(body).encode()
                hdrs['Content-Type'] = 'application/json'
        if token:
            hdrs['Authorization'] = 'Bearer ' + (token if isinstance(token, str) else self.token)
        request = urllib.request.Request(url, data=data, method=method, headers=hdrs)
        opener = urllib.request.build_opener(NoRedirect) if not follow else urllib.request.build_opener()
        try:
            with opener.open(request, timeout=10) as response:
                return response.status, dict(response.headers), response.read()
        except urllib.error.HTTPError as e:
            return e.code, dict(e.headers), e.read()


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


def body_json(label, raw):
    try:
        return json.loads(raw)
    except ValueError as e:
        fail('%s: body is not JSON (%s): %r' % (label, e, raw[:200]))
        return None


def expect(spec, fake, label, method, template, path, status, names, **kwargs):
    code, headers, raw = fake.call(method, path, **kwargs)
    if code != status:
        fail('%s: HTTP %d, expected %d: %r' % (label, code, status, raw[:300]))
        return None, headers
    check_rate_headers(label, headers)
    instance = body_json(label, raw)
    if instance is None:
        return None, headers
    schema = spec.response_schema(method, template, status)
    if schema is None:
        fail('%s: the OpenAPI file has no JSON schema for %s %s %d' % (label, method, template, status))
        return instance, headers
    check(spec, label, instance, schema, names)
    return instance, headers


def check_rate_headers(label, headers):
    h = {k.lower(): v for k, v in headers.items()}
    for name in ('x-ratelimit-limit', 'x-ratelimit-remaining'):
        if not re.fullmatch(r'\d+', h.get(name, '')):
            fail('%s: header %s is %r, not an integer' % (label, name, h.get(name)))
    reset = h.get('x-ratelimit-reset', '')
    if not re.fullmatch(r'\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}Z', reset):
        fail('%s: X-RateLimit-Reset %r is not ISO 8601 with 6 fractional digits' % (label, reset))


def check_link(label, headers, base, path):
    link = {k.lower(): v for k, v in headers.items()}.get('link', '')
    pattern = r'<%s%s\?[^>]*max_id=[^>&]+[^>]*>; rel="next", <%s%s\?[^>]*min_id=[^>&]+[^>]*>; rel="prev"' % (
        re.escape(base), re.escape(path), re.escape(base), re.escape(path))
    if not re.fullmatch(pattern, link):
        fail('%s: Link header %r is not <…max_id=…>; rel="next", <…min_id=…>; rel="prev" on %s' % (label, link, base))


def self_test(spec):
    """The checker must be able to fail: a Status without `uri` and with a numeric id is wrong."""
    broken = {'id': 1, 'created_at': 'yesterday', 'visibility': 'secret'}
    errors = list(spec.validator(spec.component('Status')).iter_errors(broken))
    paths = {'/'.join(str(p) for p in e.absolute_path) for e in errors}
    messages = ' '.join(e.message for e in errors)
    if not ({'id', 'created_at', 'visibility'} <= paths and "'uri' is a required property" in messages):
        raise SystemExit('FAIL: the schema check does not catch a broken Status (%s)' % messages[:400])
    if not undeclared(spec, {'favorites_count': 1}, spec.component('Status'), ''):
        raise SystemExit('FAIL: the undeclared-field check does not catch "favorites_count"')


def main():
    exe, spec_path = sys.argv[1], sys.argv[2]
    spec = Spec(spec_path)
    self_test(spec)
    fake = Fake(exe, 'openapi-check-token')
    try:
        run(spec, fake)
    finally:
        fake.stop()
    print('checked: ' + ', '.join('%s ×%d' % (k, v) for k, v in sorted(CHECKED.items())))
    wanted = {'Status', 'Notification', 'Conversation', 'Account', 'CredentialAccount', 'Application',
              'CredentialApplication', 'Token', 'Error', 'Context', 'DiscoverOauthServerConfigurationResponse'}
    missing = wanted - set(CHECKED)
    if missing:
        fail('no body was checked against: ' + ', '.join(sorted(missing)))
    if FAILURES:
        print('%d problem(s)' % len(FAILURES))
        return 1
    print('the fake matches the OpenAPI description')
    return 0


def run(spec, fake):
    base = fake.base
    me, _ = expect(spec, fake, 'verify_credentials', 'GET', '/api/v1/accounts/verify_credentials',
                   '/api/v1/accounts/verify_credentials', 200, ['CredentialAccount'])
    own = me['id'] if me else '1'
    notes, headers = expect(spec, fake, 'notifications', 'GET', '/api/v1/notifications',
                            '/api/v1/notifications?types%5B%5D=mention&limit=2', 200, ['Notification', 'Status', 'Account'])
    check_link('notifications', headers, base, '/api/v1/notifications')
    for n in notes or []:
        check(spec, 'notification %s account' % n.get('id'), n.get('account'), spec.component('Account'), ['Account'])
    convs, _ = expect(spec, fake, 'conversations', 'GET', '/api/v1/conversations', '/api/v1/conversations?limit=40',
                      200, ['Conversation'])
    reply = next((c['last_status'] for c in convs or [] if c.get('last_status', {}).get('in_reply_to_id')), None)
    if reply is None:
        fail('conversations: the demo data has no DM thread with a reply')
    else:
        ctx, _ = expect(spec, fake, 'context', 'GET', '/api/v1/statuses/{id}/context',
                        '/api/v1/statuses/%s/context' % reply['id'], 200, ['Context'])
        if ctx is not None and not ctx.get('ancestors'):
            fail('context: the reply %s has no ancestors' % reply['id'])
        expect(spec, fake, 'status', 'GET', '/api/v1/statuses/{id}', '/api/v1/statuses/%s' % reply['id'], 200,
               ['Status'])
    expect(spec, fake, 'account statuses', 'GET', '/api/v1/accounts/{id}/statuses',
           '/api/v1/accounts/%s/statuses?limit=40&exclude_replies=true' % own, 200, ['Status'])
    expect(spec, fake, 'account', 'GET', '/api/v1/accounts/{id}', '/api/v1/accounts/%s' % own, 200, ['Account'])

    target = (notes or [{}])[0].get('status', {}).get('id', '')
    body = {'status': '@kari Takk, vi ser på det.', 'in_reply_to_id': target, 'visibility': 'unlisted'}
    key = {'Idempotency-Key': 'openapi-check-1'}
    first, _ = expect(spec, fake, 'post status', 'POST', '/api/v1/statuses', '/api/v1/statuses', 200, ['Status'],
                      body=body, headers=key)
    again, _ = expect(spec, fake, 'post status again', 'POST', '/api/v1/statuses', '/api/v1/statuses', 200,
                      ['Status'], body=body, headers=key, form=True)
    if first and again and first['id'] != again['id']:
        fail('post status: the same Idempotency-Key gave two statuses (%s, %s)' % (first['id'], again['id']))
    if first and first.get('visibility') != 'unlisted':
        fail('post status: visibility %r, expected "unlisted"' % first.get('visibility'))
    expect(spec, fake, 'blank status', 'POST', '/api/v1/statuses', '/api/v1/statuses', 422, ['Error'],
           body={'status': '  '})
    expect(spec, fake, 'unknown status', 'GET', '/api/v1/statuses/{id}', '/api/v1/statuses/404404', 404, ['Error'])
    expect(spec, fake, 'bad token', 'GET', '/api/v1/notifications', '/api/v1/notifications', 401, ['Error'],
           token='not-the-token')

    redirect = 'http://127.0.0.1:9/'
    app, _ = expect(spec, fake, 'register app', 'POST', '/api/v1/apps', '/api/v1/apps', 200,
                    ['CredentialApplication'], token=False,
                    body={'client_name': 'Torget', 'redirect_uris': redirect,
                          'scopes': 'read:accounts read:notifications read:statuses write:statuses'})
    if app:
        check(spec, 'register app as Application', {k: v for k, v in app.items()
                                                    if k not in ('client_id', 'client_secret', 'client_secret_expires_at')},
              spec.component('Application'), ['Application'])
        verifier = 'openapi-check-verifier-0123456789-abcdefghijklmnop'
        challenge = base64.urlsafe_b64encode(hashlib.sha256(verifier.encode()).digest()).rstrip(b'=').decode()
        query = urllib.parse.urlencode({'response_type': 'code', 'client_id': app['client_id'],
                                        'redirect_uri': redirect, 'scope': 'read:notifications',
                                        'state': 'st4te', 'code_challenge': challenge,
                                        'code_challenge_method': 'S256'})
        code, headers, _ = fake.call('GET', '/oauth/authorize?' + query, token=False, follow=False)
        location = {k.lower(): v for k, v in headers.items()}.get('location', '')
        params = urllib.parse.parse_qs(urllib.parse.urlsplit(location).query)
        if code != 302 or not location.startswith(redirect) or params.get('state') != ['st4te'] or 'code' not in params:
            fail('authorize: HTTP %d, Location %r (expected 302 to %s?code=…&state=st4te)' % (code, location, redirect))
        else:
            form = {'grant_type': 'authorization_code', 'code': params['code'][0], 'client_id': app['client_id'],
                    'client_secret': app['client_secret'], 'redirect_uri': redirect}
            expect(spec, fake, 'token with a wrong verifier', 'POST', '/oauth/token', '/oauth/token', 400, ['Error'],
                   token=False, form=True, body=dict(form, code_verifier='wrong-verifier'))
            issued, _ = expect(spec, fake, 'token', 'POST', '/oauth/token', '/oauth/token', 200, ['Token'],
                               token=False, form=True, body=dict(form, code_verifier=verifier))
            if issued:
                code, _, _ = fake.call('GET', '/api/v1/accounts/verify_credentials', token=issued['access_token'])
                if code != 200:
                    fail('token: the issued access token is refused (HTTP %d)' % code)
    expect(spec, fake, 'oauth discovery', 'GET', '/.well-known/oauth-authorization-server',
           '/.well-known/oauth-authorization-server', 200, ['DiscoverOauthServerConfigurationResponse'], token=False)

    fake.call('POST', '/_fake/ratelimit', body={'remaining': 0, 'reset_in_s': 60}, token=False)
    expect(spec, fake, 'rate limited', 'GET', '/api/v1/notifications', '/api/v1/notifications', 429, ['Error'])


if __name__ == '__main__':
    sys.exit(main())
