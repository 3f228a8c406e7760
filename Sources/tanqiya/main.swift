import TanqiyaKit
print(Tanqiya.version)
