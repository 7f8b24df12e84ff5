# A base class whose method raises NotImplementedError; subclasses fill it in.
class Exporter:
    def export(self, rows):
        header = self.header()
        body = [self.format_row(r) for r in rows]
        return "\n".join([header] + body)
    def header(self):
        return "# export"
    def format_row(self, row):
        raise NotImplementedError(f"{type(self).__name__} must implement format_row")
class CSV(Exporter):
    def format_row(self, row):
        return ",".join(str(v) for v in row)
class Table(Exporter):
    def header(self):
        return "| a | b |"
    def format_row(self, row):
        return "| " + " | ".join(str(v) for v in row) + " |"
rows = [(1, 2), (3, 4)]
for cls in (CSV, Table, Exporter):
    try:
        print(cls().export(rows))
    except NotImplementedError as e:
        print("NotImplementedError:", e)
print(issubclass(NotImplementedError, RuntimeError))
print(NotImplemented is not NotImplementedError, type(NotImplemented).__name__)
