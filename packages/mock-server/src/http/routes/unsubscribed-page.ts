/** The page an unsubscribe link opens; static, so it needs no escaping and no script. */
export function unsubscribedPage(): string {
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Unsubscribed</title></head>
<body style="font-family: system-ui, sans-serif; max-width: 32rem; margin: 4rem auto; padding: 0 1rem">
<h1>You are unsubscribed</h1>
<p>You will get no more marketing e-mail from this shop. Messages about your orders still arrive.</p>
</body>
</html>`
}
